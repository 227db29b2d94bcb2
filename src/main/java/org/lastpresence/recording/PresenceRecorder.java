package org.lastpresence.recording;

import java.time.Clock;
import java.time.Instant;

import org.lastpresence.PluginCounters;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.LastPresenceStore;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** Records local resources' broadcast presence (R1) and the user's last unavailable presence (R2, R3). */
public final class PresenceRecorder {
    private final Clock clock;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final LastPresenceStore store;
    private final PluginCounters counters;

    public PresenceRecorder(Clock clock, LiveSettings settings, ResourceStates resources, LastPresenceStore store,
                            PluginCounters counters) {
        this.clock = clock;
        this.settings = settings;
        this.resources = resources;
        this.store = store;
        this.counters = counters;
    }

    /**
     * Applies a broadcast presence (available or unavailable) of a local resource.
     *
     * @param address  the resource's full JID
     * @param presence the presence as the resource sent it
     */
    public Transition record(JID address, Presence presence) {
        return record(address, presence, clock.instant());
    }

    /**
     * The same, for a presence that took effect at {@code now} (a lost stream-management connection: its last
     * traffic, not the end of Openfire's detach wait).
     */
    public Transition record(JID address, Presence presence, Instant now) {
        Presence bounded = StanzaBounds.bound(presence);
        Transition transition = resources.apply(address, bounded, now);
        // With the plugin disabled the live state is still followed, so that enabling it again is accurate at once.
        if (transition.lastResourceGone() && settings.enabled()) {
            store.put(new LastPresenceRecord(address.getNode(), address.getResource(), bounded.getStatus(), now,
                    bounded.toXML()));
            counters.recordStored();
        }
        return transition;
    }

    /** A resource that was available before the plugin started, with the best known start of its state. */
    public void seed(JID address, Presence presence, Instant since) {
        resources.apply(address, presence, since);
    }

    /** The server is stopping: every resource still available goes offline now, without a status. */
    public void serverStopping() {
        for (String user : resources.onlineUsers()) {
            resources.available(user).forEach(resource -> sessionEnded(resource.address()));
        }
    }

    /** A session ended: if its resource is still available, it went offline without saying so. */
    public void sessionEnded(JID address) {
        if (address == null || address.getNode() == null || address.getResource() == null) {
            return;
        }
        if (resources.find(address).isPresent()) {
            Presence unavailable = new Presence(Presence.Type.unavailable);
            unavailable.setFrom(address);
            record(address, unavailable);
        }
    }
}

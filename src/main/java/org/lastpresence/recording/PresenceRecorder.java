package org.lastpresence.recording;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lastpresence.PluginCounters;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.LastPresenceStore;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Records local resources' broadcast presence (R1) and a user's last unavailable presence once no resource of the
 * user is available on any node (R2, R3, K2).
 */
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
     * Applies a broadcast presence (available or unavailable) of a local resource, before Openfire routes it.
     *
     * @param address  the resource's full JID
     * @param presence the presence as the resource sent it (only read)
     */
    public Transition record(JID address, Presence presence) {
        return record(address, presence, clock.instant());
    }

    /**
     * The same, for a presence that took effect at {@code now} (a lost stream-management connection: its last
     * traffic, not the end of Openfire's detach wait).
     */
    public Transition record(JID address, Presence presence, Instant now) {
        return resources.apply(address, presence, now);
    }

    /**
     * After Openfire has routed a resource's unavailable presence (and so updated its session): if the user has
     * no available resource left on any node, the user went offline then. Two resources going offline at once
     * both see this; the store keeps the later event.
     *
     * @param when when the unavailable presence was received
     */
    public void wentUnavailable(JID address, Presence unavailable, Instant when) {
        if (resources.isOnline(address.getNode())) {
            return;
        }
        // With the plugin disabled the live state is still followed, so that enabling it again is accurate at once.
        if (!settings.enabled()) {
            return;
        }
        Presence bounded = StanzaBounds.bound(unavailable);
        store.put(new LastPresenceRecord(address.getNode(), address.getResource(), bounded.getStatus(), when,
                bounded.toXML()));
        counters.recordStored();
    }

    /** A resource that was available before the plugin started, with the best known start of its state. */
    public void seed(JID address, Presence presence, Instant since) {
        resources.seed(address, presence, since);
    }

    /** A session ended: if the plugin still follows its resource, it went offline without saying so. */
    public void sessionEnded(JID address) {
        if (address == null || address.getNode() == null || address.getResource() == null
                || resources.since(address.toString()).isEmpty()) {
            return;
        }
        resources.forget(address);
        wentUnavailable(address, unavailable(address), clock.instant());
    }

    /**
     * A node's resources are all gone: this node is stopping, or (on the senior member) a node left the cluster
     * (K4). Each user with no resource left on another node is recorded offline once, now.
     */
    public void nodeGone(String node) {
        Instant now = clock.instant();
        List<JID> gone = resources.hostedBy(node);
        gone.forEach(resources::forget);
        Set<JID> goneSet = new HashSet<>(gone);
        Set<String> recorded = new HashSet<>();
        for (JID resource : gone) {
            if (!settings.enabled() || !recorded.add(resource.getNode())
                    || resources.availableWhere(resource.getNode(), live -> !goneSet.contains(live.address()))) {
                continue;
            }
            store.put(new LastPresenceRecord(resource.getNode(), resource.getResource(), null, now,
                    unavailable(resource).toXML()));
            counters.recordStored();
        }
    }

    private static Presence unavailable(JID address) {
        Presence unavailable = new Presence(Presence.Type.unavailable);
        unavailable.setFrom(address);
        return unavailable;
    }
}

package org.lastpresence.stamps;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lastpresence.PluginCounters;
import org.lastpresence.probes.Rosters;
import org.lastpresence.probes.UserProbeAnswers;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.Retention;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * At login, sends the user the stamped offline presence of each subscribed local contact that has a record (D3),
 * unless Openfire already replayed that contact's offline presence (which the stamper has stamped).
 */
public final class LoginReplay {
    private final String domain;
    private final Clock clock;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final LastPresenceStore store;
    private final Rosters rosters;
    private final DeliveryContext context;
    private final Consumer<Presence> deliverer;
    private final PluginCounters counters;

    public LoginReplay(String domain, Clock clock, LiveSettings settings, ResourceStates resources,
                       LastPresenceStore store, Rosters rosters, DeliveryContext context,
                       Consumer<Presence> deliverer, PluginCounters counters) {
        this.domain = domain;
        this.clock = clock;
        this.settings = settings;
        this.resources = resources;
        this.store = store;
        this.rosters = rosters;
        this.context = context;
        this.deliverer = deliverer;
        this.counters = counters;
    }

    /** The resource just sent its initial presence, and Openfire has delivered its contacts' presence. */
    public void cameOnline(JID resource) {
        if (!settings.enabled() || !settings.loginOffline()) {
            return;
        }
        Instant now = clock.instant();
        int days = settings.retentionDays();
        for (JID contact : rosters.subscribedTo(resource.getNode())) {
            if (contact.getNode() == null || !domain.equals(contact.getDomain())
                    || resources.isOnline(contact.getNode()) || context.wasOfflineReplayed(contact, resource)) {
                continue;
            }
            store.find(contact.getNode()).filter(record -> Retention.keeps(record, now, days)).ifPresent(record -> {
                // The offline row of the probe table is exactly the presence to replay.
                UserProbeAnswers.answer(resource, new JID(contact.toBareJID()), true, List.of(),
                        Optional.of(record), settings.stampPrecision()).forEach(deliverer);
                counters.stampAdded();
            });
        }
    }
}

package org.lastpresence.stamps;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lastpresence.PluginCounters;
import org.lastpresence.probes.Rosters;
import org.lastpresence.probes.UserProbeAnswers;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.VisibleRecords;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * At login, sends the user the stamped offline presence of each subscribed local contact that has a record (D3),
 * unless Openfire already replayed that contact's offline presence (which the stamper has stamped).
 */
public final class LoginReplay {
    private final String domain;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final VisibleRecords records;
    private final Rosters rosters;
    private final DeliveryContext context;
    private final Consumer<Presence> deliverer;
    private final PluginCounters counters;

    public LoginReplay(String domain, LiveSettings settings, ResourceStates resources,
                       VisibleRecords records, Rosters rosters, DeliveryContext context,
                       Consumer<Presence> deliverer, PluginCounters counters) {
        this.domain = domain;
        this.settings = settings;
        this.resources = resources;
        this.records = records;
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
        for (JID contact : rosters.subscribedTo(resource.getNode())) {
            if (contact.getNode() == null || !domain.equals(contact.getDomain())
                    || resources.isOnline(contact.getNode()) || context.wasOfflineReplayed(contact, resource)) {
                continue;
            }
            records.find(contact.getNode()).ifPresent(record -> {
                // The offline row of the probe table is exactly the presence to replay.
                UserProbeAnswers.answer(resource, new JID(contact.toBareJID()), true, List.of(),
                        Optional.of(record), settings.stampPrecision()).forEach(deliverer);
                counters.stampAdded();
            });
        }
    }
}

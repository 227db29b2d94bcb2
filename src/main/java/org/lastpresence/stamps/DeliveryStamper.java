package org.lastpresence.stamps;


import org.lastpresence.PluginCounters;
import org.lastpresence.recording.ResourceState;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.VisibleRecords;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** Stamps the presence Openfire delivers to local clients with when its state began (D1), not live changes (D2). */
public final class DeliveryStamper {
    private final String domain;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final VisibleRecords records;
    private final DeliveryContext context;
    private final PluginCounters counters;

    public DeliveryStamper(String domain, LiveSettings settings, ResourceStates resources,
                           VisibleRecords records, DeliveryContext context, PluginCounters counters) {
        this.domain = domain;
        this.settings = settings;
        this.resources = resources;
        this.records = records;
        this.context = context;
        this.counters = counters;
    }

    /** Called for each presence about to be written to a local client session. */
    public void beforeDelivery(Presence presence, JID recipient) {
        JID sender = presence.getFrom();
        if (sender == null || sender.getNode() == null || !domain.equals(sender.getDomain())) {
            return;
        }
        Delivery.Kind kind = kindOf(presence, sender);
        if (kind == Delivery.Kind.OTHER) {
            return;
        }
        if (kind == Delivery.Kind.USER_OFFLINE) {
            context.offlineReplayed(sender, recipient);
        }
        if (!settings.enabled() || !settings.stampDelivered()) {
            return;
        }
        Delivery delivery = new Delivery(kind, DelayStamps.isStamped(presence), context.isLive(sender),
                resources.find(sender).map(ResourceState::since), records.find(sender.getNode()));
        DeliveryStampDecision.decide(sender, delivery, settings.stampPrecision()).ifPresent(stamp -> {
            DelayStamps.add(presence, stamp.from(), stamp.time());
            counters.stampAdded();
        });
    }


    private static Delivery.Kind kindOf(Presence presence, JID sender) {
        if (presence.getType() == null && sender.getResource() != null) {
            return Delivery.Kind.RESOURCE_AVAILABLE;
        }
        if (presence.getType() == Presence.Type.unavailable && sender.getResource() == null) {
            return Delivery.Kind.USER_OFFLINE;
        }
        return Delivery.Kind.OTHER;
    }
}

package org.lastpresence.stamps;

import java.time.Clock;
import java.util.Optional;

import org.dom4j.Element;
import org.dom4j.Node;
import org.lastpresence.PluginContext;
import org.lastpresence.PluginCounters;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.VisibleRecords;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Stamps the presence Openfire delivers to local clients with when its state began (D1), not live changes (D2),
 * and only where the sender's own rules let the recipient know (V1). The stamp goes into a copy for that one
 * recipient (D5): Openfire may deliver the same object to others, or keep it. The one exception is Openfire's
 * answer to a probe the plugin left to it, on the thread routing that probe: Openfire made that object for this
 * one delivery, so it is stamped as it is.
 * <p>
 * This runs for every stanza delivered to a session, so a presence that gets no stamp is decided from its raw
 * attributes without parsing a JID or allocating; a {@code from} that is not a valid JID (an error bounced for a
 * malformed address) is simply not this plugin's business.
 */
public final class DeliveryStamper {
    private final String domain;
    private final LiveSettings settings;
    private final ResourceStates resources;
    private final VisibleRecords records;
    private final DeliveryContext context;
    private final Disclosure disclosure;
    private final PluginCounters counters;
    private final FailureLog failures;
    private final Clock clock;

    public DeliveryStamper(PluginContext plugin, ResourceStates resources, VisibleRecords records,
                           DeliveryContext context, Disclosure disclosure) {
        this.domain = plugin.domain();
        this.settings = plugin.settings();
        this.resources = resources;
        this.records = records;
        this.context = context;
        this.disclosure = disclosure;
        this.counters = plugin.counters();
        this.failures = plugin.failures();
        this.clock = plugin.clock();
    }

    /**
     * Called for each presence about to be written to a local client session.
     *
     * @return null when the presence goes as it is; the presence itself, stamped, when it is Openfire's answer to a
     *         probe left to it; otherwise the stamped copy to deliver instead
     */
    public Presence stamped(Presence presence, JID recipient) {
        Element stanza = presence.getElement();
        String from = stanza.attributeValue("from");
        Delivery.Kind kind = kindOf(stanza.attributeValue("type"), from);
        if (kind == Delivery.Kind.OTHER) {
            return null;
        }
        if (kind == Delivery.Kind.RESOURCE_AVAILABLE && context.isLive(from)) {
            return null;
        }
        JID sender;
        try {
            // Tinder keeps the JID it was given with setFrom: usually nothing to parse.
            sender = presence.getFrom();
        } catch (IllegalArgumentException e) {
            failures.unreadable("a presence whose sender is not a valid JID", e);
            return null;
        }
        Optional<LastPresenceRecord> record = Optional.empty();
        if (kind == Delivery.Kind.USER_OFFLINE) {
            // On this thread the cache alone may be asked; when it does not know, the login replay (which may
            // read the database) tells this recipient instead.
            Optional<Optional<LastPresenceRecord>> cached = records.findCached(sender.getNode());
            if (cached.isEmpty()) {
                return null;
            }
            context.offlineReplayed(from, recipient);
            record = cached.get();
        }
        // Off a routing thread (a cluster task delivering another node's copy), a change just made elsewhere is
        // that change's live broadcast; on one, the marks set above decide.
        if (!settings.enabled() || !settings.stampDelivered() || hasDelay(stanza)
                || kind == Delivery.Kind.RESOURCE_AVAILABLE && !context.isRouting()
                && resources.changedJustNowElsewhere(from, clock.instant())) {
            return null;
        }
        Delivery delivery = Delivery.replay(kind, resources.since(from), record);
        Optional<Stamp> stamp = DeliveryStampDecision.decide(from, delivery, settings.stampPrecision());
        if (stamp.isEmpty() || !mayTell(kind, sender, recipient)) {
            return null;
        }
        Presence stamped = kind == Delivery.Kind.RESOURCE_AVAILABLE
                && context.isOpenfireAnswerTo(stanza.attributeValue("to")) ? presence : presence.createCopy();
        DelayStamps.add(stamped, stamp.get().from(), stamp.get().time());
        if (kind == Delivery.Kind.USER_OFFLINE) {
            // C1: Openfire's replay of the offline presence is the last unavailable presence told, too.
            OfflineIdle.addTo(stamped, record.get(), settings.stampPrecision(), settings.idleOffline());
        }
        counters.stampAdded();
        return stamped;
    }

    private boolean mayTell(Delivery.Kind kind, JID sender, JID recipient) {
        return kind == Delivery.Kind.RESOURCE_AVAILABLE ? disclosure.mayTellResource(sender, recipient)
                : disclosure.mayTellOffline(sender.getNode(), sender.toBareJID(), recipient);
    }

    /** What the raw {@code type} and {@code from} say, with string comparisons only. */
    Delivery.Kind kindOf(String type, String from) {
        if (from == null) {
            return Delivery.Kind.OTHER;
        }
        int at = from.indexOf('@');
        int slash = from.indexOf('/');
        int domainEnd = slash < 0 ? from.length() : slash;
        boolean localUser = at > 0 && (slash < 0 || at < slash) && domainEnd - at - 1 == domain.length()
                && from.regionMatches(at + 1, domain, 0, domain.length());
        if (!localUser) {
            return Delivery.Kind.OTHER;
        }
        if (type == null && slash > 0 && slash < from.length() - 1) {
            return Delivery.Kind.RESOURCE_AVAILABLE;
        }
        if ("unavailable".equals(type) && slash < 0) {
            return Delivery.Kind.USER_OFFLINE;
        }
        return Delivery.Kind.OTHER;
    }

    /** A top-level delay: one of this plugin's own answers or stamped copies, checked without allocating. */
    private static boolean hasDelay(Element stanza) {
        for (int i = 0, count = stanza.nodeCount(); i < count; i++) {
            Node node = stanza.node(i);
            if (node instanceof Element && DelayStamps.isDelay((Element) node)) {
                return true;
            }
        }
        return false;
    }
}

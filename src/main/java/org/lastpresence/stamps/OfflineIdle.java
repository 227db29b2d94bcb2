package org.lastpresence.stamps;

import java.time.Instant;
import java.util.Optional;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.lastpresence.store.LastPresenceRecord;
import org.xmpp.packet.Packet;

/**
 * The XEP-0319 {@code <idle xmlns='urn:xmpp:idle:1' since='…'/>} that the last unavailable presence the plugin tells
 * carries (C1): Gajim and Monal show "last seen" only from it. The client's own idle element, when its stored
 * unavailable presence has one, is kept as the client sent it; otherwise the time the user went offline, truncated
 * like the stamp. Available presence never gets one.
 */
public final class OfflineIdle {
    public static final String NAMESPACE = "urn:xmpp:idle:1";

    private OfflineIdle() {
    }

    /**
     * The idle element to tell with the record, or empty when the setting is off.
     *
     * @param record    the user's offline record
     * @param precision the stamp precision: the invented {@code since} equals the stamp's time
     * @param enabled   {@code lastpresence.idle.offline}
     */
    public static Optional<Element> of(LastPresenceRecord record, StampPrecision precision, boolean enabled) {
        if (!enabled) {
            return Optional.empty();
        }
        Optional<Element> sent = record.stanza().flatMap(OfflineIdle::idleIn);
        if (sent.isPresent()) {
            return sent;
        }
        return Optional.of(element(precision.truncate(record.since())));
    }

    /**
     * Adds the record's idle element to an unavailable presence that has none of its own yet (a presence Openfire
     * replays from its store already holds the client's element, which stays as it is).
     *
     * @return true if an element was added
     */
    public static boolean addTo(Packet unavailable, LastPresenceRecord record, StampPrecision precision,
                                boolean enabled) {
        Element stanza = unavailable.getElement();
        if (!enabled || firstIdle(stanza) != null) {
            return false;
        }
        Optional<Element> idle = of(record, precision, enabled);
        idle.ifPresent(stanza::add);
        return idle.isPresent();
    }

    /** {@code <idle xmlns='urn:xmpp:idle:1' since='…'/>} with the XEP-0082 UTC form used for stamps. */
    static Element element(Instant since) {
        Element idle = DocumentHelper.createElement(QName.get("idle", NAMESPACE));
        idle.addAttribute("since", DelayStamps.format(since));
        return idle;
    }

    /** A detached copy of the first top-level idle element of the stored stanza, if it has one. */
    private static Optional<Element> idleIn(String storedXml) {
        if (!storedXml.contains(NAMESPACE)) {
            return Optional.empty(); // most records: no parse
        }
        try {
            Document document = DocumentHelper.parseText(storedXml);
            Element idle = firstIdle(document.getRootElement());
            return idle == null ? Optional.empty() : Optional.of(idle.createCopy());
        } catch (DocumentException e) {
            // The stored stanza was serialized by Openfire's own classes; should it not parse, invent the time.
            return Optional.empty();
        }
    }

    /** The first top-level idle child, found without allocating. */
    private static Element firstIdle(Element stanza) {
        for (int i = 0, count = stanza.nodeCount(); i < count; i++) {
            Node node = stanza.node(i);
            if (node instanceof Element && "idle".equals(((Element) node).getName())
                    && NAMESPACE.equals(((Element) node).getNamespaceURI())) {
                return (Element) node;
            }
        }
        return null;
    }
}

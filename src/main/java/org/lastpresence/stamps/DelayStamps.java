package org.lastpresence.stamps;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.dom4j.Element;
import org.xmpp.packet.Packet;

/** Reads, writes and removes XEP-0203 delay elements of a stanza. */
public final class DelayStamps {
    public static final String NAMESPACE = "urn:xmpp:delay";
    /** The obsolete XEP-0091 form; a client must not forge that one either. */
    public static final String LEGACY_NAMESPACE = "jabber:x:delay";

    private DelayStamps() {
    }

    /** Adds {@code <delay xmlns='urn:xmpp:delay' from='…' stamp='…'/>}. */
    public static void add(Packet packet, String from, Instant when) {
        packet.getElement().addElement("delay", NAMESPACE)
                .addAttribute("from", from)
                .addAttribute("stamp", format(when));
    }

    /** True if the stanza carries a delay element of either namespace. */
    public static boolean isStamped(Packet packet) {
        return !delays(packet.getElement()).isEmpty();
    }

    /** Removes every delay element of either namespace; returns how many were removed. */
    public static int removeAll(Packet packet) {
        List<Element> delays = delays(packet.getElement());
        delays.forEach(packet.getElement()::remove);
        return delays.size();
    }

    /** XEP-0082 UTC date-time: seconds always, milliseconds only when not zero. */
    public static String format(Instant when) {
        return DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.MILLIS));
    }

    private static List<Element> delays(Element stanza) {
        List<Element> result = new ArrayList<>();
        for (Object child : stanza.elements()) {
            Element element = (Element) child;
            String namespace = element.getNamespaceURI();
            if (NAMESPACE.equals(namespace) || LEGACY_NAMESPACE.equals(namespace)) {
                result.add(element);
            }
        }
        return result;
    }
}

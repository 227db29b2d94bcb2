package org.lastpresence.stamps;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.dom4j.Element;
import org.dom4j.Node;
import org.xmpp.packet.Packet;

/** Reads, writes and removes XEP-0203 delay elements of a stanza (rules D1-D5, docs/CONTRACT.md). */
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

    /** True if the stanza carries a delay element of either namespace among its children. */
    public static boolean isStamped(Packet packet) {
        for (Element child : packet.getElement().elements()) {
            if (isDelay(child)) {
                return true;
            }
        }
        return false;
    }

    /** True if the element is a delay of either namespace. */
    public static boolean isDelay(Element element) {
        String namespace = element.getNamespaceURI();
        return NAMESPACE.equals(namespace) || LEGACY_NAMESPACE.equals(namespace);
    }

    /**
     * Removes every delay element of either namespace at any depth (D4: inside another extension too); returns how
     * many were removed.
     */
    public static int removeAll(Packet packet) {
        return removeFrom(packet.getElement());
    }

    // By index and backwards: every incoming client presence passes here, and most have nothing to remove.
    private static int removeFrom(Element parent) {
        int removed = 0;
        for (int i = parent.nodeCount() - 1; i >= 0; i--) {
            Node node = parent.node(i);
            if (!(node instanceof Element)) {
                continue;
            }
            Element child = (Element) node;
            if (isDelay(child)) {
                parent.remove(child);
                removed++;
            } else {
                removed += removeFrom(child);
            }
        }
        return removed;
    }

    /** XEP-0082 UTC date-time, seconds always, milliseconds only when not zero: the one formatter (pages too). */
    public static String format(Instant when) {
        return DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.MILLIS));
    }
}

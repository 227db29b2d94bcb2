package org.lastpresence.stamps;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.xmpp.packet.Packet;

/** Reads, writes and removes XEP-0203 delay elements of a stanza (rules D1-D5, docs/CONTRACT.md). */
public final class DelayStamps {
    public static final String NAMESPACE = "urn:xmpp:delay";
    /** The obsolete XEP-0091 form; a client must not forge that one either. */
    public static final String LEGACY_NAMESPACE = "jabber:x:delay";
    // Named once: dom4j otherwise looks each name up in its synchronized cache, for every stamp.
    private static final QName DELAY = QName.get("delay", NAMESPACE);
    private static final QName FROM = QName.get("from");
    private static final QName STAMP = QName.get("stamp");

    private DelayStamps() {
    }

    /** Adds {@code <delay xmlns='urn:xmpp:delay' from='…' stamp='…'/>}. */
    public static void add(Packet packet, String from, Instant when) {
        packet.getElement().addElement(DELAY)
                .addAttribute(FROM, from)
                .addAttribute(STAMP, format(when));
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
        LocalDateTime utc = LocalDateTime.ofEpochSecond(when.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 1000 || year > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.MILLIS));
        }
        // By hand: every stamped delivery formats one, and DateTimeFormatter costs several times this.
        StringBuilder text = new StringBuilder(24).append(year).append('-');
        twoDigits(text, utc.getMonthValue()).append('-');
        twoDigits(text, utc.getDayOfMonth()).append('T');
        twoDigits(text, utc.getHour()).append(':');
        twoDigits(text, utc.getMinute()).append(':');
        twoDigits(text, utc.getSecond());
        int millis = when.getNano() / 1_000_000;
        if (millis != 0) {
            text.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                    .append((char) ('0' + millis % 10));
        }
        return text.append('Z').toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}

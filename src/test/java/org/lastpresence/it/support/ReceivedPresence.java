package org.lastpresence.it.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.delay.packet.DelayInformation;

/** One presence stanza a test client received: Smack's parsed object, its XML, and when it arrived. */
public final class ReceivedPresence {
    private final int index;
    private final Presence stanza;
    private final String xml;
    private final Instant receivedAt;

    ReceivedPresence(int index, Presence stanza, Instant receivedAt) {
        this.index = index;
        this.stanza = stanza;
        this.xml = stanza.toXML().toString();
        this.receivedAt = receivedAt;
    }

    /** Position in the client's list of received presences (see {@link XmppClient#mark()}). */
    public int index() {
        return index;
    }

    public Presence stanza() {
        return stanza;
    }

    /** The stanza as Smack serialises it again (all attributes and child elements, not byte-identical). */
    public String xml() {
        return xml;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The {@code from} address as a string ("" when absent). */
    public String from() {
        return stanza.getFrom() == null ? "" : stanza.getFrom().toString();
    }

    public Presence.Type type() {
        return stanza.getType();
    }

    /** The {@code urn:xmpp:delay} element (XEP-0203), if the stanza carries one. */
    public Optional<DelayInformation> delay() {
        return delayOf(stanza);
    }

    /** The {@code urn:xmpp:delay} element of any Smack presence: stamp ({@code getStamp()}) and {@code getFrom()}. */
    public static Optional<DelayInformation> delayOf(Presence presence) {
        return presence.getExtensions(DelayInformation.class).stream().findFirst();
    }

    /** The delay stamp; empty without a delay element. */
    public Optional<Instant> delayStamp() {
        return delay().map(delay -> delay.getStamp().toInstant());
    }

    /** The delay's {@code from} attribute; empty without a delay element or without the attribute. */
    public Optional<String> delayFrom() {
        return delay().map(DelayInformation::getFrom);
    }

    /** How many {@code urn:xmpp:delay} elements the stanza carries (a correct server adds at most one). */
    public int delayCount() {
        List<ExtensionElement> delays = stanza.getExtensions(DelayInformation.QNAME);
        return delays.size();
    }

    @Override
    public String toString() {
        return "#" + index + " " + xml;
    }
}

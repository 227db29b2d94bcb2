package org.lastpresence.it.support;

import java.time.Instant;
import java.util.Optional;

import org.dom4j.Element;
import org.xmpp.packet.Presence;

/** One stanza a {@link FakeRemoteServer} received from Openfire over S2S: its XML as parsed, and when it arrived. */
public final class S2sStanza {
    public static final String DELAY_NAMESPACE = "urn:xmpp:delay";

    private final int index;
    private final Element element;
    private final Instant receivedAt;

    S2sStanza(int index, Element element, Instant receivedAt) {
        this.index = index;
        this.element = element;
        this.receivedAt = receivedAt;
    }

    /** Position among everything the fake received (see {@link FakeRemoteServer#mark()}). */
    public int index() {
        return index;
    }

    /** {@code presence}, {@code message} or {@code iq}. */
    public String name() {
        return element.getName();
    }

    /** An attribute of the stanza element ("" when absent), e.g. {@code from}, {@code to}, {@code type}. */
    public String attribute(String name) {
        String value = element.attributeValue(name);
        return value == null ? "" : value;
    }

    public String from() {
        return attribute("from");
    }

    public String to() {
        return attribute("to");
    }

    /** The {@code type} attribute ("" for an available presence). */
    public String type() {
        return attribute("type");
    }

    public boolean isPresence() {
        return "presence".equals(name());
    }

    /** True for any stanza of type error, whatever its kind. */
    public boolean isError() {
        return "error".equals(type());
    }

    /** The stanza as a Tinder presence; fails for other stanzas. */
    public Presence presence() {
        if (!isPresence()) {
            throw new IllegalStateException("Not a presence: " + xml());
        }
        return new Presence(element.createCopy(), true);
    }

    /** Text of a direct child element in the stanza's own namespace (e.g. {@code status}, {@code show}). */
    public Optional<String> childText(String childName) {
        return Optional.ofNullable(element.element(childName)).map(Element::getText);
    }

    /** How many XEP-0203 {@code <delay xmlns='urn:xmpp:delay'/>} children the stanza has. */
    public int delayCount() {
        return (int) element.elements("delay").stream()
                .filter(child -> DELAY_NAMESPACE.equals(child.getNamespaceURI())).count();
    }

    /** The XEP-0203 delay's {@code from} attribute; empty without a delay. */
    public Optional<String> delayFrom() {
        return delay().map(delay -> delay.attributeValue("from"));
    }

    /** The XEP-0203 delay's stamp (XEP-0082 UTC form, optional fraction); empty without a delay. */
    public Optional<Instant> delayStamp() {
        return delay().map(delay -> Instant.parse(delay.attributeValue("stamp")));
    }

    private Optional<Element> delay() {
        return element.elements("delay").stream()
                .filter(child -> DELAY_NAMESPACE.equals(child.getNamespaceURI())).findFirst();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The stanza as dom4j serialises it again (attributes and children as received, not byte-identical). */
    public String xml() {
        return element.asXML();
    }

    @Override
    public String toString() {
        return "#" + index + " " + xml();
    }
}

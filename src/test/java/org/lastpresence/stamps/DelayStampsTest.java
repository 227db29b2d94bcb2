package org.lastpresence.stamps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Instant;
import java.util.stream.Stream;

import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmpp.packet.Presence;

class DelayStampsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-21T09:30:00Z,           2026-11-21T09:30:00Z",
            "2026-11-21T09:30:00.120Z,       2026-11-21T09:30:00.120Z",
            "2026-11-21T09:30:00.000999999Z, 2026-11-21T09:30:00Z",
            "2026-11-21T09:30:00.001Z,       2026-11-21T09:30:00.001Z",
            "2026-11-21T09:30:00.999999Z,    2026-11-21T09:30:00.999Z",
            "2024-02-29T23:59:59Z,           2024-02-29T23:59:59Z",
            "1970-01-01T00:00:00Z,           1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.500Z,       1969-12-31T23:59:59.500Z",
            "9999-12-31T23:59:59Z,           9999-12-31T23:59:59Z",
            "0999-01-01T00:00:00Z,           0999-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z,         +10000-01-01T00:00:00Z",
    })
    void formatsXep0082Utc(String instant, String expected) {
        assertEquals(expected, DelayStamps.format(Instant.parse(instant)));
    }

    @Test
    void addsADelayWithFromAndStamp() {
        Presence presence = new Presence();
        DelayStamps.add(presence, "alice@localhost/phone", Instant.parse("2026-11-21T09:30:00Z"));
        Element delay = presence.getChildElement("delay", DelayStamps.NAMESPACE);
        assertEquals("alice@localhost/phone", delay.attributeValue("from"));
        assertEquals("2026-11-21T09:30:00Z", delay.attributeValue("stamp"));
        assertTrue(DelayStamps.isStamped(presence));
    }

    @Test
    void removesEveryDelayOfBothNamespacesAndNothingElse() {
        Presence presence = presence("<presence><status>hi</status>"
                + "<delay xmlns='urn:xmpp:delay' stamp='2000-01-01T00:00:00Z'/>"
                + "<x xmlns='jabber:x:delay' stamp='20000101T00:00:00'/>"
                + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n' ver='v'/></presence>");
        assertEquals(2, DelayStamps.removeAll(presence));
        assertFalse(DelayStamps.isStamped(presence));
        assertEquals("hi", presence.getStatus());
        assertEquals(1, presence.getElement().elements("c").size());
    }

    static Stream<Arguments> forgedDelays() {
        String delay = "<delay xmlns='urn:xmpp:delay' stamp='2001-01-01T00:00:00Z'/>";
        return Stream.of(
                Arguments.of("nested in an extension", "<presence><x xmlns='urn:example'>" + delay + "</x></presence>",
                        1),
                Arguments.of("legacy, two levels deep", "<presence><a xmlns='urn:a'><b xmlns='urn:b'>"
                        + "<x xmlns='jabber:x:delay' stamp='20010101T00:00:00'/></b></a></presence>", 1),
                Arguments.of("top level and nested", "<presence>" + delay + "<x xmlns='urn:e'>" + delay
                        + "</x></presence>", 2),
                Arguments.of("in a subscription request", "<presence type='subscribe'>" + delay + "</presence>", 1),
                Arguments.of("in an error", "<presence type='error'><error type='cancel'>" + delay
                        + "</error></presence>", 1),
                Arguments.of("none at all", "<presence><x xmlns='urn:example'><y/></x></presence>", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedDelays")
    void removesDelaysAtAnyDepthFromAnyPresence(String row, String xml, int expected) {
        Presence presence = presence(xml);
        assertEquals(expected, DelayStamps.removeAll(presence));
        assertFalse(presence.toXML().contains("delay"), presence.toXML());
        assertFalse(presence.toXML().contains("2001"), presence.toXML());
    }
}

package org.lastpresence.stamps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Instant;
import java.util.stream.Stream;

import org.dom4j.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastpresence.store.LastPresenceRecord;
import org.xmpp.packet.Presence;

/** C1: which XEP-0319 idle element the last unavailable presence told carries, as the XML a client reads. */
class OfflineIdleTest {
    private static final Instant OFFLINE = Instant.parse("2026-11-20T23:41:07.600Z");

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("no stored stanza: the time of going offline, in seconds", null, StampPrecision.SECOND,
                        true, "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:41:07Z\"/>"),
                Arguments.of("precision day: truncated like the stamp", null, StampPrecision.DAY, true,
                        "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T00:00:00Z\"/>"),
                Arguments.of("stored stanza without idle: invented", "<presence type='unavailable'>"
                        + "<status>bye</status><c xmlns='http://jabber.org/protocol/caps' ver='v'/></presence>",
                        StampPrecision.MINUTE, true,
                        "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:41:00Z\"/>"),
                Arguments.of("the client's own idle is kept as sent, precision notwithstanding",
                        "<presence type='unavailable'><idle xmlns='urn:xmpp:idle:1'"
                                + " since='2026-11-20T21:12:13.456Z'/></presence>", StampPrecision.DAY, true,
                        // Parsed from the stored XML, dom4j writes it with an end tag: the same XML.
                        "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T21:12:13.456Z\"></idle>"),
                Arguments.of("an idle nested in another extension is not the client's idle", "<presence"
                        + " type='unavailable'><x xmlns='urn:example'><idle xmlns='urn:xmpp:idle:1'"
                        + " since='2020-01-01T00:00:00Z'/></x></presence>", StampPrecision.SECOND, true,
                        "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:41:07Z\"/>"),
                Arguments.of("an element named idle in another namespace is not XEP-0319",
                        "<presence type='unavailable'><idle xmlns='urn:example' since='2020-01-01T00:00:00Z'/>"
                                + "</presence>", StampPrecision.SECOND, true,
                        "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:41:07Z\"/>"),
                Arguments.of("setting off: none", null, StampPrecision.SECOND, false, "none"),
                Arguments.of("setting off: not even the client's", "<presence type='unavailable'><idle"
                        + " xmlns='urn:xmpp:idle:1' since='2026-11-20T21:00:00Z'/></presence>", StampPrecision.SECOND,
                        false, "none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesTheIdleElement(String row, String storedStanza, StampPrecision precision, boolean enabled,
                               String expected) {
        LastPresenceRecord record = new LastPresenceRecord("alice", "laptop", null, OFFLINE, storedStanza);
        assertEquals(expected, OfflineIdle.of(record, precision, enabled).map(Element::asXML).orElse("none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void addsItToAPresenceWithoutOne(String row, String storedStanza, StampPrecision precision, boolean enabled,
                                     String expected) {
        LastPresenceRecord record = new LastPresenceRecord("alice", "laptop", null, OFFLINE, storedStanza);
        Presence unavailable = presence("<presence type='unavailable' from='alice@localhost' to='bob@localhost'/>");
        OfflineIdle.addTo(unavailable, record, precision, enabled);
        String expectedXml = "<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost\""
                + (expected.equals("none") ? "/>" : ">" + expected + "</presence>");
        assertEquals(expectedXml, unavailable.toXML());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aPresenceThatHasItsOwnIdleKeepsItAlone(String row, String storedStanza, StampPrecision precision,
                                                boolean enabled, String expected) {
        LastPresenceRecord record = new LastPresenceRecord("alice", "laptop", null, OFFLINE, storedStanza);
        String replayed = "<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost\">"
                + "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-19T10:00:00Z\"></idle></presence>";
        Presence openfiresReplay = presence(replayed);
        OfflineIdle.addTo(openfiresReplay, record, precision, enabled);
        assertEquals(replayed, openfiresReplay.toXML());
    }
}

package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastpresence.privacy.Visibility;
import org.lastpresence.recording.ResourceState;
import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.store.LastPresenceRecord;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The P table of docs/CONTRACT.md, row by row: each answer is compared as the XML the prober receives. */
class UserProbeAnswersTest {
    private static final JID PROBER = new JID("bob@localhost/desk");
    private static final JID ALICE = new JID("alice@localhost");
    private static final Instant PHONE_SINCE = Instant.parse("2026-11-21T07:00:00.250Z");
    private static final Instant LAPTOP_SINCE = Instant.parse("2026-11-21T08:30:00Z");
    private static final List<ResourceState> TWO_RESOURCES = List.of(
            new ResourceState(new JID("alice@localhost/phone"),
                    presence("<presence id='p1'><show>away</show><status>on the move</status>"
                            + "<c xmlns='http://jabber.org/protocol/caps' ver='v1'/></presence>"), PHONE_SINCE),
            new ResourceState(new JID("alice@localhost/laptop"), presence("<presence/>"), LAPTOP_SINCE));
    private static final Optional<LastPresenceRecord> RECORD = Optional.of(new LastPresenceRecord(
            "alice", "laptop", "Out of battery", Instant.parse("2026-11-20T23:41:07Z"), null));

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("not authorized: unsubscribed, nothing else", false, TWO_RESOURCES, RECORD,
                        List.of("<presence type=\"unsubscribed\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\"/>")),
                Arguments.of("not authorized, user does not exist: the very same answer", false, List.of(),
                        Optional.empty(),
                        List.of("<presence type=\"unsubscribed\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\"/>")),
                Arguments.of("available resources: each one's presence stamped with its change", true,
                        TWO_RESOURCES, RECORD, List.of(
                                "<presence from=\"alice@localhost/phone\" to=\"bob@localhost/desk\"><show>away</show>"
                                        + "<status>on the move</status>"
                                        + "<c xmlns=\"http://jabber.org/protocol/caps\" ver=\"v1\"></c>"
                                        + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/phone\""
                                        + " stamp=\"2026-11-21T07:00:00Z\"/></presence>",
                                "<presence from=\"alice@localhost/laptop\" to=\"bob@localhost/desk\">"
                                        + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                        + " stamp=\"2026-11-21T08:30:00Z\"/></presence>")),
                Arguments.of("offline with record: unavailable, stored status, stamp of the last resource", true,
                        List.of(), RECORD, List.of(
                                "<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost/desk\">"
                                        + "<status>Out of battery</status>"
                                        + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                        + " stamp=\"2026-11-20T23:41:07Z\"/>"
                                        + "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:41:07Z\"/>"
                                        + "</presence>")),
                Arguments.of("offline, never seen: unavailable without stamp", true, List.of(), Optional.empty(),
                        List.of("<presence type=\"unavailable\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\"/>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersExactlyTheTableRow(String row, boolean authorized, List<ResourceState> available,
                                   Optional<LastPresenceRecord> record, List<String> expected) {
        List<Presence> answers = UserProbeAnswers.answer(PROBER, ALICE, authorized, available, Visibility.ALL, record,
                StampPrecision.SECOND, true);
        assertEquals(expected, answers.stream().map(Presence::toXML).collect(Collectors.toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void neverReusesTheStoredStanzaId(String row, boolean authorized, List<ResourceState> available,
                                      Optional<LastPresenceRecord> record, List<String> expected) {
        UserProbeAnswers.answer(PROBER, ALICE, authorized, available, Visibility.ALL, record, StampPrecision.SECOND,
                true)
                .forEach(answer -> assertNull(answer.getID()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenRows")
    void tellsOnlyWhatTheUsersRulesShow(String row, List<ResourceState> available, Visibility visibility,
                                        List<String> fromOfAnswers) {
        List<Presence> answers = UserProbeAnswers.answer(PROBER, ALICE, true, available, visibility, RECORD,
                StampPrecision.SECOND, true);
        assertEquals(fromOfAnswers, answers.stream().map(answer -> answer.getFrom().toString())
                .collect(Collectors.toList()));
    }

    static Stream<Arguments> hiddenRows() {
        return Stream.of(
                Arguments.of("one resource hidden: only the other", TWO_RESOURCES,
                        Visibility.hidingResources(Set.of(new JID("alice@localhost/phone"))),
                        List.of("alice@localhost/laptop")),
                Arguments.of("every resource hidden (invisible): no answer at all, not 'unavailable'", TWO_RESOURCES,
                        Visibility.hidingResources(Set.of(new JID("alice@localhost/phone"),
                                new JID("alice@localhost/laptop"))), List.of()),
                Arguments.of("offline and hidden by the default list: no answer at all", List.of(),
                        Visibility.hidingOffline(), List.of()),
                Arguments.of("offline, nothing hidden: the record", List.of(), Visibility.ALL,
                        List.of("alice@localhost")));
    }

    static Stream<Arguments> idleRows() {
        Instant wentOffline = Instant.parse("2026-11-20T23:41:07.600Z");
        String clientIdle = "<presence type='unavailable'><status>Out of battery</status>"
                + "<idle xmlns='urn:xmpp:idle:1' since='2026-11-20T22:00:00Z'/></presence>";
        return Stream.of(
                Arguments.of("setting on: idle since the stamp's time (seconds)", List.of(),
                        new LastPresenceRecord("alice", "laptop", null, wentOffline, null), StampPrecision.SECOND,
                        true, List.of("<presence type=\"unavailable\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\">"
                                + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                + " stamp=\"2026-11-20T23:41:07Z\"/>"
                                + "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:41:07Z\"/></presence>")),
                Arguments.of("precision hour: idle truncated like the stamp", List.of(),
                        new LastPresenceRecord("alice", "laptop", null, wentOffline, null), StampPrecision.HOUR,
                        true, List.of("<presence type=\"unavailable\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\">"
                                + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                + " stamp=\"2026-11-20T23:00:00Z\"/>"
                                + "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T23:00:00Z\"/></presence>")),
                Arguments.of("the client's own idle in its unavailable presence is kept as sent", List.of(),
                        new LastPresenceRecord("alice", "laptop", "Out of battery", wentOffline, clientIdle),
                        StampPrecision.SECOND, true, List.of("<presence type=\"unavailable\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\"><status>Out of battery</status>"
                                + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                + " stamp=\"2026-11-20T23:41:07Z\"/>"
                                + "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-20T22:00:00Z\"></idle></presence>")),
                Arguments.of("setting off: no idle", List.of(),
                        new LastPresenceRecord("alice", "laptop", null, wentOffline, null), StampPrecision.SECOND,
                        false, List.of("<presence type=\"unavailable\" from=\"alice@localhost\""
                                + " to=\"bob@localhost/desk\">"
                                + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                + " stamp=\"2026-11-20T23:41:07Z\"/></presence>")),
                Arguments.of("available: never an invented idle", List.of(TWO_RESOURCES.get(1)),
                        new LastPresenceRecord("alice", "laptop", null, wentOffline, null), StampPrecision.SECOND,
                        true, List.of("<presence from=\"alice@localhost/laptop\" to=\"bob@localhost/desk\">"
                                + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                                + " stamp=\"2026-11-21T08:30:00Z\"/></presence>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idleRows")
    void theOfflineAnswerTellsTheIdleTime(String row, List<ResourceState> available, LastPresenceRecord record,
                                          StampPrecision precision, boolean idleOffline, List<String> expected) {
        List<Presence> answers = UserProbeAnswers.answer(PROBER, ALICE, true, available, Visibility.ALL,
                Optional.of(record), precision, idleOffline);
        assertEquals(expected, answers.stream().map(Presence::toXML).collect(Collectors.toList()));
    }
}

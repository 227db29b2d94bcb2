package org.lastpresence.lastactivity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.store.LastPresenceRecord;

/** C2: when Openfire's jabber:iq:last result about a user is replaced, and by what. */
class LastActivityCorrectionTest {
    private static final Instant OFFLINE = Instant.parse("2026-11-21T07:50:00.700Z");
    private static final Instant NOW = Instant.parse("2026-11-21T08:10:00.200Z");
    private static final Optional<LastPresenceRecord> RECORD = Optional.of(
            new LastPresenceRecord("alice", "phone", "Gone fishing", OFFLINE, null));
    private static final Optional<LastPresenceRecord> SILENT = Optional.of(
            new LastPresenceRecord("alice", "phone", null, OFFLINE, null));

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("Openfire agrees: its result stands", told(1200, "Gone fishing"), false, RECORD,
                        StampPrecision.SECOND, true, "stands"),
                Arguments.of("Openfire's time is the end of a detach wait: corrected", told(3, "Gone fishing"),
                        false, RECORD, StampPrecision.SECOND, true, "1200 Gone fishing"),
                Arguments.of("precision hour: seconds since the stamp's time", told(1200, "Gone fishing"), false,
                        RECORD, StampPrecision.HOUR, true, "4200 Gone fishing"),
                Arguments.of("another status in Openfire: the record's", told(1200, "old words"), false, RECORD,
                        StampPrecision.SECOND, true, "1200 Gone fishing"),
                Arguments.of("a status only in Openfire: removed", told(1200, "old words"), false, SILENT,
                        StampPrecision.SECOND, true, "1200 -"),
                Arguments.of("Openfire knows nothing (-1): the record", told(-1, null), false, RECORD,
                        StampPrecision.SECOND, true, "1200 Gone fishing"),
                Arguments.of("Openfire's seconds unreadable: the record", Optional.empty(), false, SILENT,
                        StampPrecision.SECOND, true, "1200 -"),
                Arguments.of("user online: Openfire's 0 stands", told(0, null), true, RECORD,
                        StampPrecision.SECOND, true, "stands"),
                Arguments.of("never seen by the plugin: Openfire's result stands", told(42, null), false,
                        Optional.empty(), StampPrecision.SECOND, true, "stands"),
                Arguments.of("the user's rules deny the asker: Openfire's result stands", told(3, null), false,
                        RECORD, StampPrecision.SECOND, false, "stands"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String row, Optional<LastActivity> told, boolean online, Optional<LastPresenceRecord> record,
                 StampPrecision precision, boolean mayTell, String expected) {
        Optional<LastActivity> decided = LastActivityCorrection.decide(told, online, record, precision, NOW,
                () -> mayTell);
        assertEquals(expected, decided.map(answer -> answer.seconds() + " " + answer.status().orElse("-"))
                .orElse("stands"));
    }

    @Test
    void theUsersRulesAreReadOnlyWhenThereIsSomethingToCorrect() {
        AtomicInteger reads = new AtomicInteger();
        LastActivityCorrection.decide(told(1200, "Gone fishing"), false, RECORD, StampPrecision.SECOND, NOW, () -> {
            reads.incrementAndGet();
            return true;
        });
        assertEquals(0, reads.get());
    }

    @Test
    void aRecordFromTheFutureTellsZeroSecondsNotANegativeNumber() {
        Optional<LastActivity> decided = LastActivityCorrection.decide(told(5, null), false, SILENT,
                StampPrecision.SECOND, OFFLINE.minusSeconds(30), () -> true);
        assertEquals(Optional.of(new LastActivity(0, null)), decided);
    }

    private static Optional<LastActivity> told(long seconds, String status) {
        return Optional.of(new LastActivity(seconds, status));
    }
}

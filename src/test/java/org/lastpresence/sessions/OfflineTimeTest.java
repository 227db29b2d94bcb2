package org.lastpresence.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When a resource went offline, from the routing time and its session. */
class OfflineTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:10:00Z");
    private static final Instant DROP = Instant.parse("2026-11-21T08:00:00.300Z");

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("an unavailable the client sends: now", NOW.minusMillis(3), false, NOW),
                Arguments.of("a connection lost without stream management: now", DROP, false, NOW),
                Arguments.of("the end of a detached session's wait: its last traffic", DROP, true, DROP),
                Arguments.of("detached, last traffic unknown: now", null, true, NOW),
                Arguments.of("detached, last traffic after now (clock step): now", NOW.plusSeconds(5), true, NOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String row, Instant lastActive, boolean detached, Instant expected) {
        assertEquals(expected, OfflineTime.of(NOW, lastActive, detached));
    }
}

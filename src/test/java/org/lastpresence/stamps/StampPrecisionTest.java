package org.lastpresence.stamps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StampPrecisionTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "SECOND, 2026-11-21T09:30:17.456Z, 2026-11-21T09:30:17Z",
            "MINUTE, 2026-11-21T09:30:17.456Z, 2026-11-21T09:30:00Z",
            "HOUR,   2026-11-21T09:30:17.456Z, 2026-11-21T09:00:00Z",
            "DAY,    2026-11-21T09:30:17.456Z, 2026-11-21T00:00:00Z",
    })
    void truncatesToTheUnit(StampPrecision precision, String time, String expected) {
        assertEquals(Instant.parse(expected), precision.truncate(Instant.parse(time)));
    }
}

package org.lastpresence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @ParameterizedTest(name = "record of {0}, retention {1} days: kept={2}")
    @CsvSource({
            "2020-01-01T00:00:00Z, 0,  true",
            "2026-11-20T12:00:01Z, 1,  true",
            "2026-11-20T12:00:00Z, 1,  true",
            "2026-11-20T11:59:59Z, 1,  false",
            "2026-10-22T12:00:00Z, 30, true",
            "2026-10-22T11:00:00Z, 30, false",
    })
    void keepsRecordsWithinThePeriod(String since, int days, boolean kept) {
        LastPresenceRecord record = new LastPresenceRecord("alice", "phone", null, Instant.parse(since), null);
        assertEquals(kept, Retention.keeps(record, NOW, days));
    }
}

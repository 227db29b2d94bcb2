package org.lastpresence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;

class VisibleRecordsTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final MapProperties properties = new MapProperties();
    private final LastPresenceStore store = new LastPresenceStore(new InMemoryDatabase());
    private final VisibleRecords records = new VisibleRecords(store, new LiveSettings(properties), clock);

    @Test
    void aRetentionChangeHidesExpiredRecordsAtOnceThoughTheyAreStillStored() {
        store.put(new LastPresenceRecord("old", "phone", "bye", NOW.minus(Duration.ofDays(10)), null));
        store.put(new LastPresenceRecord("new", "phone", "bye", NOW.minus(Duration.ofDays(1)), null));
        assertEquals(2, records.all().size());

        properties.put("lastpresence.retention.days", "7");
        assertEquals(Optional.empty(), records.find("old"));
        assertEquals(List.of("new"), records.all().stream().map(LastPresenceRecord::username)
                .collect(java.util.stream.Collectors.toList()));
        assertEquals(2, store.size(), "the purge, not the reader, removes them");
    }

    @Test
    void aRecordExpiresAsTimePasses() {
        properties.put("lastpresence.retention.days", "1");
        store.put(new LastPresenceRecord("ann", "phone", null, NOW, null));
        assertEquals("ann", records.find("ann").orElseThrow().username());
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertEquals(Optional.empty(), records.find("ann"));
    }
}

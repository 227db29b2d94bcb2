package org.lastpresence.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The retention rule (A3): with {@code days} > 0, records that began more than that many days ago are gone. */
public final class Retention {
    private Retention() {
    }

    /** The instant before which records are expired, or empty when records are kept for ever (days = 0). */
    public static Optional<Instant> cutoff(Instant now, int days) {
        return days <= 0 ? Optional.empty() : Optional.of(now.minus(Duration.ofDays(days)));
    }

    /** True if the record is still within the retention period. */
    public static boolean keeps(LastPresenceRecord record, Instant now, int days) {
        return cutoff(now, days).map(cutoff -> !record.since().isBefore(cutoff)).orElse(true);
    }
}

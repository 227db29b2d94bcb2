package org.lastpresence.stamps;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How finely stamps reveal time ({@code lastpresence.stamp.precision}): times are truncated to this unit. */
public enum StampPrecision {
    SECOND(ChronoUnit.SECONDS), MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    StampPrecision(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The instant truncated to this precision (UTC). */
    public Instant truncate(Instant instant) {
        return instant.truncatedTo(unit);
    }
}

package org.lastpresence.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times as the pages show them: XEP-0082 UTC, to the second, the same form the stamps use. */
public final class IsoTime {
    private IsoTime() {
    }

    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}

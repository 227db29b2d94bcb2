package org.lastpresence.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Assertions on the XEP-0203 delay a client received, against when the stamped event really happened. */
public final class Stamps {
    /** Slack for clock reads around the event; stamps are truncated, so the lower bound is truncated too. */
    private static final Duration SLACK = Duration.ofSeconds(1);

    private Stamps() {
    }

    /**
     * Asserts exactly one delay, stated by {@code from}, whose stamp lies between the moments read just before
     * and just after the event (the stamp being truncated to {@code unit}).
     */
    public static void assertStamped(ReceivedPresence presence, String from, Instant before, Instant after,
                                     ChronoUnit unit) {
        assertEquals(1, presence.delayCount(), () -> "one delay expected: " + presence);
        assertEquals(from, presence.delayFrom().orElse(null), () -> "delay from: " + presence);
        Instant stamp = presence.delayStamp().orElseThrow();
        Instant low = before.truncatedTo(unit).minus(SLACK);
        Instant high = after.plus(SLACK);
        assertTrue(!stamp.isBefore(low) && !stamp.isAfter(high),
                () -> "stamp " + stamp + " not within [" + low + ", " + high + "]: " + presence);
        assertEquals(stamp, stamp.truncatedTo(unit), () -> "stamp not truncated to " + unit + ": " + presence);
    }

    /** Same, with the default precision (seconds). */
    public static void assertStamped(ReceivedPresence presence, String from, Instant before, Instant after) {
        assertStamped(presence, from, before, after, ChronoUnit.SECONDS);
    }

    public static void assertUnstamped(ReceivedPresence presence) {
        assertEquals(0, presence.delayCount(), () -> "no delay expected: " + presence);
    }
}

package org.lastpresence.probes;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A token bucket: holds up to {@code burst} tokens, refilled at {@code perMinute} tokens a minute. */
final class TokenBucket {
    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private double tokens;
    private Instant refilled;

    TokenBucket(int burst, Instant now) {
        this.tokens = burst;
        this.refilled = now;
    }

    /** Takes one token if there is one; the limits are passed each time so that a settings change applies live. */
    synchronized boolean tryTake(Instant now, int burst, int perMinute) {
        long elapsed = refilled.until(now, ChronoUnit.NANOS);
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + (double) elapsed * perMinute / NANOS_PER_MINUTE);
            refilled = now;
        }
        tokens = Math.min(tokens, burst);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}

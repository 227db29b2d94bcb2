package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;

class ProbeRateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
    private final MapProperties properties = new MapProperties()
            .with("lastpresence.probe.burst", "3").with("lastpresence.probe.perMinute", "6");
    private final ProbeRateLimiter limiter = new ProbeRateLimiter(clock, new LiveSettings(properties));

    @Test
    void aBurstIsAllowedThenTokensComeBackAtTheRate() {
        assertEquals(3, allowedNow("alice@localhost/a", 10));
        clock.advance(Duration.ofSeconds(9));
        assertFalse(limiter.tryAcquire("alice@localhost/a"), "6 a minute is one every 10 s");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.tryAcquire("alice@localhost/a"));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(3, allowedNow("alice@localhost/a", 10), "never more than the burst");
    }

    @Test
    void sessionsHaveTheirOwnBuckets() {
        assertEquals(3, allowedNow("alice@localhost/a", 5));
        assertEquals(3, allowedNow("alice@localhost/b", 5));
    }

    @Test
    void aLowerBurstAppliesLive() {
        assertEquals(3, allowedNow("alice@localhost/a", 5));
        properties.put("lastpresence.probe.burst", "1");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, allowedNow("alice@localhost/a", 5));
    }

    @Test
    void aForgottenSessionStartsAfresh() {
        allowedNow("alice@localhost/a", 5);
        limiter.forget("alice@localhost/a");
        assertEquals(0, limiter.trackedSessions());
        assertEquals(3, allowedNow("alice@localhost/a", 5));
    }

    private int allowedNow(String session, int attempts) {
        int allowed = 0;
        for (int i = 0; i < attempts; i++) {
            if (limiter.tryAcquire(session)) {
                allowed++;
            }
        }
        return allowed;
    }
}

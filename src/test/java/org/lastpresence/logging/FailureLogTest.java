package org.lastpresence.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.lastpresence.testing.MutableClock;
import org.slf4j.Logger;

/** A failure a client can repeat reaches WARN at most once a minute per kind. */
class FailureLogTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final Logger logger = mock(Logger.class);
    private final FailureLog failures = new FailureLog(logger, clock);

    @Test
    void warnsOnceAMinutePerKind() {
        for (int i = 0; i < 5; i++) {
            failures.report("probe answer", "Could not answer a probe of a@localhost by b@localhost/x",
                    new IllegalStateException("boom"));
        }
        failures.report("login replay", "Could not replay offline contacts to b@localhost/x",
                new IllegalStateException("boom"));
        verify(logger, times(2)).warn(anyString(), any(Object.class), any(Object.class));
        clock.advance(Duration.ofSeconds(59));
        failures.report("probe answer", "again", new IllegalStateException("boom"));
        verify(logger, times(2)).warn(anyString(), any(Object.class), any(Object.class));
        clock.advance(Duration.ofSeconds(1));
        failures.report("probe answer", "again", new IllegalStateException("boom"));
        verify(logger, times(3)).warn(anyString(), any(Object.class), any(Object.class));
        verify(logger, times(8)).debug(anyString(), any(Object.class), any(Object.class));
        assertEquals(60, FailureLog.INTERVAL.getSeconds());
    }
}

package org.lastpresence.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;

/**
 * Logs failures that a client can cause again and again (rule S3, docs/CONTRACT.md): each kind at most once a minute at
 * WARN, with JIDs and the exception's class only; every occurrence, with the stack trace, at DEBUG. Callers never pass
 * status texts or stanzas in the message.
 */
public final class FailureLog {
    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Logger log;
    private final Clock clock;
    private final ConcurrentMap<String, Instant> lastWarned = new ConcurrentHashMap<>();

    public FailureLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param kind    what failed, the unit of the once-a-minute limit (e.g. "probe answer")
     * @param message what was being done, with JIDs or ids only
     */
    public void report(String kind, String message, Throwable failure) {
        if (shouldWarn(kind)) {
            log.warn("{} ({}; further failures of this kind in the next minute are logged at DEBUG only)", message,
                    failure.getClass().getName());
        }
        log.debug("{}", message, failure);
    }

    /** A stanza the plugin could not make sense of: passed on untouched, noted at DEBUG only. */
    public void unreadable(String what, Throwable failure) {
        log.debug("Passed on untouched: {}", what, failure);
    }

    private boolean shouldWarn(String kind) {
        Instant now = clock.instant();
        boolean[] warn = new boolean[1];
        lastWarned.compute(kind, (key, last) -> {
            if (last == null || !now.isBefore(last.plus(INTERVAL))) {
                warn[0] = true;
                return now;
            }
            return last;
        });
        return warn[0];
    }
}

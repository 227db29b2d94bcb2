package org.lastpresence.probes;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.lastpresence.settings.LiveSettings;

/** Limits client-initiated probes per session (rule A1, docs/CONTRACT.md), with one token bucket per session. */
public final class ProbeRateLimiter {
    private final Clock clock;
    private final LiveSettings settings;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ProbeRateLimiter(Clock clock, LiveSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /** True if the session may send one more probe now. */
    public boolean tryAcquire(String session) {
        int burst = settings.probeBurst();
        Instant now = clock.instant();
        TokenBucket bucket = buckets.get(session);
        if (bucket == null) {
            // Only a session's first probe builds a bucket (and the lambda that makes it).
            bucket = buckets.computeIfAbsent(session, key -> new TokenBucket(burst, now));
        }
        return bucket.tryTake(now, burst, settings.probePerMinute());
    }

    /** The session ended: its bucket is no longer needed. */
    public void forget(String session) {
        buckets.remove(session);
    }

    int trackedSessions() {
        return buckets.size();
    }
}

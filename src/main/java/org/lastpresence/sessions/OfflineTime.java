package org.lastpresence.sessions;

import java.time.Instant;

/**
 * When a resource went offline. Normally that is now, when its unavailable presence is routed. A stream-management
 * session whose connection was lost is detached instead, and Openfire routes its unavailable presence only when the
 * detach timeout has passed: the user went offline with the session's last traffic, which is also what Openfire
 * measures that timeout from.
 */
public final class OfflineTime {
    private OfflineTime() {
    }

    /**
     * @param now               the current time
     * @param sessionLastActive the session's last traffic with its client, or null if unknown
     * @param detached          whether the session has no connection (a lost stream-management connection)
     */
    public static Instant of(Instant now, Instant sessionLastActive, boolean detached) {
        if (!detached || sessionLastActive == null || sessionLastActive.isAfter(now)) {
            return now;
        }
        return sessionLastActive;
    }
}

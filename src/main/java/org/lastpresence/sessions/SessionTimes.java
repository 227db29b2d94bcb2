package org.lastpresence.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.jivesoftware.openfire.session.LocalSession;
import org.jivesoftware.openfire.session.Session;
import org.xmpp.packet.Presence;

/**
 * Reads from Openfire's session when a presence it routes took effect ({@link OfflineTime}).
 * <p>
 * "Detached" is read in a way that holds from 4.2.0 to 5.x: {@code LocalSession.isDetached()} is
 * {@code conn == null} in 4.2.0, but in 5.x it asks the session manager's map of detached sessions, from which
 * {@code terminateDetached} has already removed the session when it routes the unavailable presence; its
 * connection is null in both. {@code getConnection()} is only read when {@code isDetached()} is false, since in
 * 4.2.0 reading it on a detached session logs an error.
 */
public final class SessionTimes {
    private final Clock clock;

    public SessionTimes(Clock clock) {
        this.clock = clock;
    }

    /** When the presence the session routes now took effect: now, or for an unavailable, possibly earlier. */
    public Instant effective(Presence presence, Session session) {
        Instant now = clock.instant();
        if (presence.getType() != Presence.Type.unavailable || !(session instanceof LocalSession)) {
            return now;
        }
        LocalSession local = (LocalSession) session;
        boolean detached = local.isDetached() || local.getConnection() == null;
        Date lastActive = detached ? local.getLastActiveDate() : null;
        return OfflineTime.of(now, lastActive == null ? null : lastActive.toInstant(), detached);
    }
}

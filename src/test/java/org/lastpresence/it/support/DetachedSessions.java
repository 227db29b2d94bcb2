package org.lastpresence.it.support;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.LocalSession;
import org.xmpp.packet.JID;

/**
 * Openfire's detached XEP-0198 sessions (a lost connection whose client asked for resumption). Openfire 4.2.0 ends
 * those whose last activity is older than {@code xmpp.session.detach.timeout} in a timer task that runs every three
 * minutes, first three minutes after the start; a test runs that very task itself instead of waiting for the timer.
 */
public final class DetachedSessions {
    private DetachedSessions() {
    }

    /** Whether the session of this full JID exists and is detached (kept for resumption, without a connection). */
    public static boolean isDetached(String fullJid) {
        ClientSession session = sessionManager().getSession(new JID(fullJid));
        return session instanceof LocalSession && ((LocalSession) session).isDetached();
    }

    /** Whether a session of this full JID exists at all (detached or not). */
    public static boolean exists(String fullJid) {
        return sessionManager().getSession(new JID(fullJid)) != null;
    }

    /** Runs Openfire's detached-session cleanup task once, as its timer would. */
    public static void runCleanup() {
        try {
            Class<?> task = Class.forName(SessionManager.class.getName() + "$DetachedCleanupTask");
            Constructor<?> constructor = task.getDeclaredConstructor(SessionManager.class);
            constructor.setAccessible(true);
            ((Runnable) constructor.newInstance(sessionManager())).run();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Openfire's SessionManager$DetachedCleanupTask is not as in 4.2.0", e);
        }
    }

    /**
     * Runs the cleanup until it has ended the session of this full JID (once its detach timeout has passed), and
     * returns when that happened.
     */
    public static Instant awaitEnded(String fullJid, Duration timeout) {
        return Await.value("Openfire's cleanup to end the detached session " + fullJid, timeout, () -> {
            runCleanup();
            return exists(fullJid) ? Optional.empty() : Optional.of(Instant.now());
        });
    }

    private static SessionManager sessionManager() {
        return XMPPServer.getInstance().getSessionManager();
    }
}

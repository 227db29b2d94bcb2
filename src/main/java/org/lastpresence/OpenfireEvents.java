package org.lastpresence;

import java.time.Clock;
import java.util.Map;

import org.jivesoftware.openfire.component.ComponentEventListener;
import org.jivesoftware.openfire.event.SessionEventListener;
import org.jivesoftware.openfire.event.UserEventListener;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.Session;
import org.jivesoftware.openfire.user.User;
import org.lastpresence.probes.ProbeRateLimiter;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/** Openfire's session, user and component events, turned into the plugin's bookkeeping. */
final class OpenfireEvents implements SessionEventListener, UserEventListener, ComponentEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(OpenfireEvents.class);

    private final Clock clock;
    private final PresenceRecorder recorder;
    private final ProbeRateLimiter limiter;
    private final LastPresenceStore store;
    private final Uptimes uptimes;

    OpenfireEvents(Clock clock, PresenceRecorder recorder, ProbeRateLimiter limiter, LastPresenceStore store,
                   Uptimes uptimes) {
        this.clock = clock;
        this.recorder = recorder;
        this.limiter = limiter;
        this.store = store;
        this.uptimes = uptimes;
    }

    @Override
    public void sessionDestroyed(Session session) {
        if (!(session instanceof ClientSession)) {
            return;
        }
        guarded("session end", () -> {
            JID address = session.getAddress();
            // Openfire normally routes an unavailable presence for a dropped connection; this covers the case
            // where it does not.
            recorder.sessionEnded(address);
            limiter.forget(address.toString());
        });
    }

    @Override
    public void userDeleting(User user, Map<String, Object> params) {
        guarded("user deletion", () -> store.delete(user.getUsername()));
    }

    @Override
    public void componentRegistered(JID componentJID) {
        guarded("component registration", () -> uptimes.registered(componentJID.getDomain(), clock.instant()));
    }

    @Override
    public void componentUnregistered(JID componentJID) {
        guarded("component removal", () -> uptimes.unregistered(componentJID.getDomain()));
    }

    @Override
    public void componentInfoReceived(IQ iq) {
    }

    @Override
    public void sessionCreated(Session session) {
    }

    @Override
    public void anonymousSessionCreated(Session session) {
    }

    @Override
    public void anonymousSessionDestroyed(Session session) {
        sessionDestroyed(session);
    }

    @Override
    public void resourceBound(Session session) {
    }

    @Override
    public void userCreated(User user, Map<String, Object> params) {
    }

    @Override
    public void userModified(User user, Map<String, Object> params) {
    }

    // Event dispatchers call listeners in a loop: one listener's exception must not stop the others.
    private static void guarded(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.error("Last Presence failed to handle a {}", what, e);
        }
    }
}

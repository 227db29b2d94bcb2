package org.lastpresence;

import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jivesoftware.openfire.cluster.ClusterEventListener;
import org.jivesoftware.openfire.component.ComponentEventListener;
import org.jivesoftware.openfire.event.SessionEventListener;
import org.jivesoftware.openfire.event.UserEventListener;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.Session;
import org.jivesoftware.openfire.user.User;
import org.lastpresence.probes.ProbeRateLimiter;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;

/** Openfire's session, user, component and cluster events, turned into the plugin's bookkeeping. */
final class OpenfireEvents implements SessionEventListener, UserEventListener, ComponentEventListener,
        ClusterEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(OpenfireEvents.class);

    private final Clock clock;
    private final PresenceRecorder recorder;
    private final ProbeRateLimiter limiter;
    private final LastPresenceStore store;
    private final Uptimes uptimes;
    private final ResourceStates resources;
    private final BooleanSupplier senior;

    /** @param senior whether this node is the cluster's senior member (always, on one server) */
    OpenfireEvents(Clock clock, PresenceRecorder recorder, ProbeRateLimiter limiter, LastPresenceStore store,
                   Uptimes uptimes, ResourceStates resources, BooleanSupplier senior) {
        this.clock = clock;
        this.recorder = recorder;
        this.limiter = limiter;
        this.store = store;
        this.uptimes = uptimes;
        this.resources = resources;
        this.senior = senior;
    }

    /** This node joined a cluster: Openfire swapped the caches for clustered ones, so its own entries go back in. */
    @Override
    public void joinedCluster() {
        guarded("cluster join", () -> {
            resources.restoreHosted();
            uptimes.announce();
        });
    }

    @Override
    public void joinedCluster(byte[] nodeID) {
        // Another node joined: it announces itself.
    }

    /** This node left the cluster: its caches are its own again, with only its own entries in them. */
    @Override
    public void leftCluster() {
        guarded("cluster leave", () -> {
            resources.restoreHosted();
            uptimes.announce();
        });
    }

    /** Another node left: the senior member records its users offline once (K4) and forgets its start (K5). */
    @Override
    public void leftCluster(byte[] nodeID) {
        if (!senior.getAsBoolean()) {
            return;
        }
        guarded("node loss", () -> {
            String lost = NodeIds.of(nodeID);
            recorder.nodeGone(lost);
            uptimes.nodeLeft(lost);
        });
    }

    @Override
    public void markedAsSeniorClusterMember() {
        // Maintenance asks for seniority each time it runs.
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

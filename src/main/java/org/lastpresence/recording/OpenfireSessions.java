package org.lastpresence.recording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.LocalClientSession;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Openfire's client sessions: on a cluster {@code SessionManager} sees every node's sessions, and a remote
 * session's presence is read from Openfire's clustered session cache (API the same from 4.2.0 to 5.x).
 */
public final class OpenfireSessions implements LiveSessions {
    @Override
    public List<Live> available(String username) {
        List<Live> result = new ArrayList<>();
        for (ClientSession session : SessionManager.getInstance().getSessions(username)) {
            live(session).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public Optional<Live> find(JID resource) {
        ClientSession session = SessionManager.getInstance().getSession(resource);
        return session == null ? Optional.empty() : live(session);
    }

    private static Optional<Live> live(ClientSession session) {
        Presence presence = session.getPresence();
        if (presence == null || !presence.isAvailable() || session.getAddress() == null) {
            return Optional.empty();
        }
        Instant started = session.getCreationDate() == null ? Instant.EPOCH : session.getCreationDate().toInstant();
        return Optional.of(new Live(session.getAddress(), presence, started,
                session instanceof LocalClientSession));
    }
}

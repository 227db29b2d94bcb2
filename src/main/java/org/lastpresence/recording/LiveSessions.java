package org.lastpresence.recording;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Openfire's own view of who is online (cluster-wide where Openfire has one): the plugin asks it rather than keeping
 * a copy. Openfire's sessions in production, a table in tests.
 */
public interface LiveSessions {
    /** One available resource as Openfire sees it. */
    final class Live {
        private final JID address;
        private final Presence presence;
        private final Instant sessionStarted;
        private final boolean local;

        /** @param presence the session's presence as Openfire keeps it: never changed, copied when asked for */
        public Live(JID address, Presence presence, Instant sessionStarted, boolean local) {
            this.address = address;
            this.presence = presence;
            this.sessionStarted = sessionStarted;
            this.local = local;
        }

        public JID address() {
            return address;
        }

        /** A new copy of the session's presence, safe to change. */
        public Presence presence() {
            // Copied here, not up front: most who ask who is online never read the presence.
            return presence.createCopy();
        }

        public Instant sessionStarted() {
            return sessionStarted;
        }

        /** Whether the session is connected to this cluster node. */
        public boolean local() {
            return local;
        }
    }

    /** The user's resources whose session has sent available presence, on any node. */
    List<Live> available(String username);

    /** The resource's session, if it is available. */
    Optional<Live> find(JID resource);
}

package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.session.DomainPair;
import org.jivesoftware.openfire.session.LocalSession;
import org.jivesoftware.openfire.session.Session;
import org.jivesoftware.openfire.spi.BasicStreamIDFactory;
import org.xmpp.packet.JID;

/** The kinds of session another node can hold, and how the node that holds one finds it by its key. */
enum SessionKind {
    CLIENT {
        @Override
        Session find(String key) {
            return SessionManager.getInstance().getSession(new JID(key));
        }
    },
    COMPONENT {
        @Override
        Session find(String key) {
            return SessionManager.getInstance().getComponentSession(key);
        }
    },
    MULTIPLEXER {
        @Override
        Session find(String key) {
            return SessionManager.getInstance().getConnectionMultiplexerSession(new JID(key));
        }
    },
    INCOMING_SERVER {
        @Override
        Session find(String key) {
            return SessionManager.getInstance().getIncomingServerSession(BasicStreamIDFactory.createStreamID(key));
        }
    },
    OUTGOING_SERVER {
        @Override
        Session find(String key) {
            return XMPPServer.getInstance().getRoutingTable().getServerRoute(outgoingPair(key));
        }
    };

    private static final String PAIR_SEPARATOR = "|";

    abstract Session find(String key);

    /** The session with this key if this node holds it (never a remote surrogate: that would forward again). */
    LocalSession findLocal(String key) {
        Session session = find(key);
        return session instanceof LocalSession ? (LocalSession) session : null;
    }

    static String outgoingKey(DomainPair pair) {
        return pair.getLocal() + PAIR_SEPARATOR + pair.getRemote();
    }

    static DomainPair outgoingPair(String key) {
        int separator = key.indexOf(PAIR_SEPARATOR);
        return new DomainPair(key.substring(0, separator), key.substring(separator + 1));
    }
}

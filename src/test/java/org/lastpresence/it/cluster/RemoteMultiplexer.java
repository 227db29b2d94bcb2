package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.session.ConnectionMultiplexerSession;
import org.xmpp.packet.JID;

/** A connection manager's session on another node. */
final class RemoteMultiplexer extends RemoteSessionBase implements ConnectionMultiplexerSession {
    RemoteMultiplexer(byte[] nodeID, JID address) {
        super(nodeID, address, SessionKind.MULTIPLEXER, address.toString());
    }
}

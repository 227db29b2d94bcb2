package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.StreamID;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.ComponentSession;
import org.jivesoftware.openfire.session.ConnectionMultiplexerSession;
import org.jivesoftware.openfire.session.DomainPair;
import org.jivesoftware.openfire.session.IncomingServerSession;
import org.jivesoftware.openfire.session.OutgoingServerSession;
import org.jivesoftware.openfire.session.RemoteSessionLocator;
import org.xmpp.packet.JID;

/** Openfire's {@link RemoteSessionLocator}: surrogates for sessions that the routing caches place on another node. */
final class RemoteSessions implements RemoteSessionLocator {
    @Override
    public ClientSession getClientSession(byte[] nodeID, JID address) {
        return new RemoteClient(nodeID, address);
    }

    @Override
    public ComponentSession getComponentSession(byte[] nodeID, JID address) {
        return new RemoteComponent(nodeID, address);
    }

    @Override
    public ConnectionMultiplexerSession getConnectionMultiplexerSession(byte[] nodeID, JID address) {
        return new RemoteMultiplexer(nodeID, address);
    }

    @Override
    public IncomingServerSession getIncomingServerSession(byte[] nodeID, StreamID streamID) {
        return new RemoteIncomingServer(nodeID, streamID);
    }

    @Override
    public OutgoingServerSession getOutgoingServerSession(byte[] nodeID, DomainPair address) {
        return new RemoteOutgoingServer(nodeID, address);
    }
}

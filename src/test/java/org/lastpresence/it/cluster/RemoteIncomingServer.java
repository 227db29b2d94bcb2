package org.lastpresence.it.cluster;

import java.util.Collection;
import java.util.Collections;

import org.jivesoftware.openfire.StreamID;
import org.jivesoftware.openfire.session.IncomingServerSession;
import org.xmpp.packet.JID;

/** An incoming server-to-server session on another node, found by its stream id. */
final class RemoteIncomingServer extends RemoteSessionBase implements IncomingServerSession {
    RemoteIncomingServer(byte[] nodeID, StreamID streamID) {
        super(nodeID, null, SessionKind.INCOMING_SERVER, streamID.getID());
    }

    @Override
    public JID getAddress() {
        String domain = getLocalDomain();
        return domain == null ? null : new JID(null, domain, null, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<String> getValidatedDomains() {
        Object domains = ask(SessionOperation.VALIDATED_DOMAINS);
        return domains == null ? Collections.emptyList() : (Collection<String>) domains;
    }

    @Override
    public String getLocalDomain() {
        return (String) ask(SessionOperation.LOCAL_DOMAIN);
    }

    @Override
    public boolean isUsingServerDialback() {
        return isTrue(ask(SessionOperation.USES_DIALBACK));
    }
}

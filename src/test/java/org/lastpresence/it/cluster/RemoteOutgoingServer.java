package org.lastpresence.it.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jivesoftware.openfire.session.DomainPair;
import org.jivesoftware.openfire.session.OutgoingServerSession;
import org.xmpp.packet.JID;

/** An outgoing server-to-server session on another node, found by the domain pair it serves. */
final class RemoteOutgoingServer extends RemoteSessionBase implements OutgoingServerSession {
    RemoteOutgoingServer(byte[] nodeID, DomainPair pair) {
        super(nodeID, new JID(null, pair.getRemote(), null, true), SessionKind.OUTGOING_SERVER,
                SessionKind.outgoingKey(pair));
    }

    @Override
    public boolean authenticateSubdomain(String domain, String hostname) {
        return isTrue(ask(SessionOperation.AUTHENTICATE_SUBDOMAIN, domain, hostname));
    }

    @Override
    public boolean checkOutgoingDomainPair(String local, String remote) {
        return isTrue(ask(SessionOperation.CHECK_DOMAIN_PAIR, local, remote));
    }

    @Override
    public void addOutgoingDomainPair(String local, String remote) {
        tell(SessionOperation.ADD_DOMAIN_PAIR, local, remote);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<DomainPair> getOutgoingDomainPairs() {
        List<DomainPair> pairs = new ArrayList<>();
        Object keys = ask(SessionOperation.DOMAIN_PAIRS);
        if (keys != null) {
            for (String key : (List<String>) keys) {
                pairs.add(SessionKind.outgoingPair(key));
            }
        }
        return pairs;
    }

    @Override
    public boolean isUsingServerDialback() {
        return isTrue(ask(SessionOperation.USES_DIALBACK));
    }
}

package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.session.ComponentSession;
import org.xmpp.packet.JID;

/** An external component's session on another node. */
final class RemoteComponent extends RemoteSessionBase implements ComponentSession {
    RemoteComponent(byte[] nodeID, JID address) {
        super(nodeID, address, SessionKind.COMPONENT, address.getDomain());
    }

    @Override
    public ExternalComponent getExternalComponent() {
        // The component object lives on its node; only its session operations cross (the tests need no more).
        return null;
    }
}

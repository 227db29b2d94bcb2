package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.RemotePacketRouter;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;

/** Openfire's {@link RemotePacketRouter}: hands a stanza to the node that holds its recipient, as a cluster task. */
final class ClusterPacketRouter implements RemotePacketRouter {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterPacketRouter.class);

    @Override
    public boolean routePacket(byte[] nodeID, JID recipient, Packet packet) {
        try {
            CacheFactory.doClusterTask(new RoutePacketTask(recipient, packet), nodeID);
            return true;
        } catch (IllegalStateException e) {
            LOG.debug("No node " + NodeIds.uuid(nodeID) + " for a stanza to " + recipient + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public void broadcastPacket(Message packet) {
        CacheFactory.doClusterTask(new BroadcastMessageTask(packet));
    }
}

package org.lastpresence.it.cluster;

import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.util.cache.ClusterTask;
import org.jivesoftware.util.cache.ExternalizableUtil;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

/** Delivers a stanza on the node that holds its recipient: routed there as local-only, so it cannot bounce back. */
public final class RoutePacketTask implements ClusterTask<Void> {
    private String recipient;
    private String packetXml;

    /** For deserialization. */
    public RoutePacketTask() {
    }

    RoutePacketTask(JID recipient, Packet packet) {
        this.recipient = recipient.toString();
        this.packetXml = Packets.toXml(packet);
    }

    @Override
    public void run() {
        XMPPServer.getInstance().getRoutingTable().routePacket(new JID(recipient), Packets.parse(packetXml), false);
    }

    @Override
    public Void getResult() {
        return null;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        ExternalizableUtil.getInstance().writeSafeUTF(out, recipient);
        ExternalizableUtil.getInstance().writeSafeUTF(out, packetXml);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        recipient = ExternalizableUtil.getInstance().readSafeUTF(in);
        packetXml = ExternalizableUtil.getInstance().readSafeUTF(in);
    }
}

package org.lastpresence.it.cluster;

import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.util.cache.ClusterTask;
import org.jivesoftware.util.cache.ExternalizableUtil;
import org.xmpp.packet.Message;

/** A server-wide message (e.g. an admin broadcast) delivered to the receiving node's own client sessions. */
public final class BroadcastMessageTask implements ClusterTask<Void> {
    private String messageXml;

    /** For deserialization. */
    public BroadcastMessageTask() {
    }

    BroadcastMessageTask(Message message) {
        this.messageXml = Packets.toXml(message);
    }

    @Override
    public void run() {
        XMPPServer.getInstance().getRoutingTable().broadcastPacket((Message) Packets.parse(messageXml), true);
    }

    @Override
    public Void getResult() {
        return null;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        ExternalizableUtil.getInstance().writeSafeUTF(out, messageXml);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        messageXml = ExternalizableUtil.getInstance().readSafeUTF(in);
    }
}

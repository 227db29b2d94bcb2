package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.cluster.ClusterNodeInfo;
import org.jivesoftware.openfire.cluster.NodeID;

/** What Openfire shows of one cluster member. */
final class MemberInfo implements ClusterNodeInfo {
    private final String hostName;
    private final NodeID nodeID;
    private final long joinedTime;
    private final boolean senior;

    MemberInfo(String hostName, NodeID nodeID, long joinedTime, boolean senior) {
        this.hostName = hostName;
        this.nodeID = nodeID;
        this.joinedTime = joinedTime;
        this.senior = senior;
    }

    @Override
    public String getHostName() {
        return hostName;
    }

    @Override
    public NodeID getNodeID() {
        return nodeID;
    }

    @Override
    public long getJoinedTime() {
        return joinedTime;
    }

    @Override
    public boolean isSeniorMember() {
        return senior;
    }

    @Override
    public String toString() {
        return nodeID + "@" + hostName + (senior ? " (senior)" : "");
    }
}

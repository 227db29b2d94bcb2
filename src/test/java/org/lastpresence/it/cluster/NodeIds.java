package org.lastpresence.it.cluster;

import java.nio.charset.StandardCharsets;

/** A node's Openfire id: the UTF-8 bytes of its Hazelcast member UUID. */
final class NodeIds {
    private NodeIds() {
    }

    static byte[] of(String memberUuid) {
        return memberUuid.getBytes(StandardCharsets.UTF_8);
    }

    static String uuid(byte[] nodeID) {
        return new String(nodeID, StandardCharsets.UTF_8);
    }
}

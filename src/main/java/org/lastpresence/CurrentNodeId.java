package org.lastpresence;

import java.util.function.Supplier;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.cluster.NodeID;

/**
 * This cluster node's id as the plugin writes it, asked of Openfire each time (it changes when the node joins a
 * cluster) but encoded only when Openfire's id object changes: every recorded broadcast asks for it.
 */
final class CurrentNodeId implements Supplier<String> {
    // Id and text together in one volatile, so a thread never pairs a new id with an old text.
    private volatile Encoded last = new Encoded(null, null);

    @Override
    public String get() {
        NodeID current = XMPPServer.getInstance().getNodeID();
        Encoded known = last;
        if (known.id != current) {
            known = new Encoded(current, NodeIds.of(current.toByteArray()));
            last = known;
        }
        return known.text;
    }

    private static final class Encoded {
        private final NodeID id;
        private final String text;

        private Encoded(NodeID id, String text) {
            this.id = id;
            this.text = text;
        }
    }
}

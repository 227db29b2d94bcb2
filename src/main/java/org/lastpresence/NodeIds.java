package org.lastpresence;

import java.util.Base64;

/** A cluster node's id as the String the plugin's caches hold (Openfire hands node ids over as bytes). */
public final class NodeIds {
    private NodeIds() {
    }

    public static String of(byte[] nodeId) {
        return Base64.getEncoder().encodeToString(nodeId);
    }
}

package org.lastpresence.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lastpresence.recording.LiveSessions;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Openfire's sessions as a table that a test keeps as Openfire would: {@link #update} after each routed presence.
 * One table shared by two plugin cores is a cluster's session view; {@link #onNode} gives each core its own idea of
 * which sessions are local.
 */
public final class TableSessions implements LiveSessions {
    private final Map<String, Presence> presences;
    private final Map<String, String> nodes;
    private final String node;

    public TableSessions() {
        this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), "local");
    }

    private TableSessions(Map<String, Presence> presences, Map<String, String> nodes, String node) {
        this.presences = presences;
        this.nodes = nodes;
        this.node = node;
    }

    /** The same sessions, as seen from another cluster node. */
    public TableSessions onNode(String otherNode) {
        return new TableSessions(presences, nodes, otherNode);
    }

    /** Openfire stored this presence as the resource's session presence (available) or it went (unavailable). */
    public TableSessions update(JID resource, Presence presence) {
        if (presence.isAvailable()) {
            presences.put(resource.toString(), presence.createCopy());
            nodes.put(resource.toString(), node);
        } else {
            presences.remove(resource.toString());
            nodes.remove(resource.toString());
        }
        return this;
    }

    /** Every session of a node is gone (it stopped, or left the cluster). */
    public void dropNode(String gone) {
        nodes.entrySet().removeIf(entry -> {
            if (entry.getValue().equals(gone)) {
                presences.remove(entry.getKey());
                return true;
            }
            return false;
        });
    }

    @Override
    public List<Live> available(String username) {
        List<Live> result = new ArrayList<>();
        presences.forEach((address, presence) -> {
            JID jid = new JID(address);
            if (username.equals(jid.getNode())) {
                result.add(live(jid, presence));
            }
        });
        return result;
    }

    @Override
    public Optional<Live> find(JID resource) {
        Presence presence = presences.get(resource.toString());
        return presence == null ? Optional.empty() : Optional.of(live(resource, presence));
    }

    private Live live(JID address, Presence presence) {
        return new Live(address, presence, Instant.EPOCH, node.equals(nodes.get(address.toString())));
    }
}

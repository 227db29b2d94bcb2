package org.lastpresence.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The live state of available resources: who is available and with which presence comes from Openfire's
 * sessions ({@link LiveSessions}, cluster-wide); what the plugin adds, since when each resource's state holds, lives
 * in a clustered Openfire cache (full JID to {@link SinceEntry}) that the node hosting the session writes (rule K1).
 * This node also keeps its own entries, decoded: it reads them without the cache's lock, and puts them back when it
 * joins or leaves a cluster (Openfire then swaps the cache's storage).
 */
public final class ResourceStates {
    private final LiveSessions sessions;
    private final Map<String, String> since;
    private final Supplier<String> node;
    // This node's own entries, decoded: read without the cache's lock by every broadcast, probe and stamp.
    private final Map<String, SinceEntry> hosted = new ConcurrentHashMap<>();
    // How many of those entries each user has, changed only with them: whether this node follows a user is told
    // without asking Openfire's routing table, which costs a probe about what Openfire's own answer costs.
    private final Map<String, Integer> hostedPerUser = new ConcurrentHashMap<>();
    /** How long after a change on another node its delivery here still counts as the live broadcast. */
    public static final Duration LIVE_WINDOW = Duration.ofSeconds(2);

    /**
     * @param since the clustered cache of since-times (a plain map on one server and in tests)
     * @param node  this cluster node's id, asked each time: Openfire gives a node a new id when it joins a cluster
     */
    public ResourceStates(LiveSessions sessions, Map<String, String> since, Supplier<String> node) {
        this.sessions = sessions;
        this.since = since;
        this.node = node;
    }

    /**
     * Applies a local resource's broadcast presence, before Openfire routes it.
     *
     * @param address  the resource's full JID
     * @param presence the broadcast presence, available or unavailable (only read)
     * @param now      when it was received
     */
    public Transition apply(JID address, Presence presence, Instant now) {
        String key = address.toString();
        SinceEntry previous = entry(key);
        if (!presence.isAvailable()) {
            if (previous == null) {
                return Transition.unknownResource(now);
            }
            forget(address);
            return Transition.wentUnavailable(now);
        }
        long fingerprint = SinceEntry.fingerprintOf(presence);
        String here = node.get();
        if (previous != null && previous.fingerprint() == fingerprint && here.equals(previous.node())) {
            // A re-send: nothing to write, across the cluster least of all.
            return Transition.unchanged(previous.since());
        }
        boolean changed = previous == null || previous.fingerprint() != fingerprint;
        Instant state = changed ? now : previous.since();
        put(key, new SinceEntry(state, here, fingerprint));
        if (previous == null) {
            return Transition.cameOnline(now);
        }
        return changed ? Transition.changed(now) : Transition.unchanged(state);
    }

    /**
     * A local resource that was available before the plugin started, with the best known start of its state: the
     * cache's, if it outlived a plugin reload (this node takes its entry back), else {@code stateSince}.
     */
    public void seed(JID address, Presence presence, Instant stateSince) {
        String key = address.toString();
        SinceEntry known = entry(key);
        put(key, known != null ? new SinceEntry(known.since(), node.get(), known.fingerprint())
                : new SinceEntry(stateSince, node.get(), SinceEntry.fingerprintOf(presence)));
    }

    /** The resource is gone (its session ended, or its node left the cluster). */
    public void forget(JID address) {
        String key = address.toString();
        since.remove(key);
        // Counted under the entry's own lock, so a come-back racing a removal never leaves a count behind.
        hosted.computeIfPresent(key, (resource, gone) -> {
            hostedPerUser.computeIfPresent(userOf(resource), (user, count) -> count > 1 ? count - 1 : null);
            return null;
        });
    }

    /**
     * Puts this node's entries back into the cache, under the node's current id, after Openfire swapped the cache's
     * storage (cluster join or leave).
     */
    public void restoreHosted() {
        String here = node.get();
        for (Map.Entry<String, SinceEntry> entry : hosted.entrySet()) {
            SinceEntry own = entry.getValue();
            put(entry.getKey(), new SinceEntry(own.since(), here, own.fingerprint()));
        }
    }

    /** The resources whose entries a node wrote (this node's, or a node that left the cluster). */
    public List<JID> hostedBy(String someNode) {
        List<JID> resources = new ArrayList<>();
        for (Map.Entry<String, String> entry : since.entrySet()) {
            SinceEntry decoded = SinceEntry.decode(entry.getValue());
            if (decoded != null && decoded.node().equals(someNode)) {
                resources.add(new JID(entry.getKey()));
            }
        }
        return resources;
    }

    /** The state of one resource, if it is available. */
    public Optional<ResourceState> find(JID address) {
        return sessions.find(address).map(this::state);
    }

    /** Since when the resource's state holds, as far as the plugin knows; read by the delivery stamper. */
    public Optional<Instant> since(String fullJid) {
        return Optional.ofNullable(entry(fullJid)).map(SinceEntry::since);
    }

    /**
     * Whether the resource's state began on another node within {@link #LIVE_WINDOW} before {@code now}: its copy
     * delivered here is then the live broadcast of that change (D2), which the sending node marked on its own
     * thread, where this node cannot see the mark.
     */
    public boolean changedJustNowElsewhere(String fullJid, Instant now) {
        SinceEntry entry = entry(fullJid);
        return entry != null && !node.get().equals(entry.node())
                && entry.since().isAfter(now.minus(LIVE_WINDOW));
    }

    /** The user's available resources on every node, oldest state first. */
    public List<ResourceState> available(String username) {
        List<ResourceState> result = new ArrayList<>();
        for (LiveSessions.Live live : sessions.available(username)) {
            result.add(state(live));
        }
        result.sort(Comparator.comparing(ResourceState::since));
        return result;
    }

    /** The users with at least one resource the plugin follows, sorted (for the admin pages). */
    public Set<String> onlineUsers() {
        Set<String> users = new TreeSet<>();
        for (String key : since.keySet()) {
            int at = key.indexOf('@');
            if (at > 0) {
                users.add(key.substring(0, at));
            }
        }
        return users;
    }

    /** Whether one of the user's available sessions passes the test (e.g. is on a node that stays). */
    public boolean availableWhere(String username, Predicate<LiveSessions.Live> test) {
        for (LiveSessions.Live live : sessions.available(username)) {
            if (test.test(live)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this node follows an available resource of the user, from its own entries alone. Off a cluster, where
     * every session is this node's and the plugin follows each from its initial presence (or from the plugin's
     * start), that is whether the user is online with a known start for every resource.
     */
    public boolean followsHere(String username) {
        return hostedPerUser.containsKey(username);
    }

    /** Whether Openfire has an available resource of the user on any node. */
    public boolean isOnline(String username) {
        return !sessions.available(username).isEmpty();
    }

    /** This cluster node's id, as written into the entries. */
    public String node() {
        return node.get();
    }

    private ResourceState state(LiveSessions.Live live) {
        SinceEntry entry = entry(live.address().toString());
        // A session the plugin has no time for (it came before the plugin, or its node is new): since it began.
        // The presence is Openfire's, told as its contacts received it live and as Openfire's own answer tells it;
        // only what the plugin stores is bounded (R3).
        return new ResourceState(live.address(), live.presence(),
                entry != null ? entry.since() : live.sessionStarted());
    }

    /**
     * A resource's entry: this node writes the entries of the sessions it hosts (K1), so its own decoded copy is the
     * latest and is read without the cache's lock; other nodes' entries, and this node's after a plugin reload, come
     * from the cache.
     */
    private SinceEntry entry(String key) {
        SinceEntry own = hosted.get(key);
        return own != null ? own : SinceEntry.decode(since.get(key));
    }

    private void put(String key, SinceEntry entry) {
        since.put(key, entry.encode());
        // A change of a followed resource only replaces its entry; a new one is counted under the entry's lock.
        if (hosted.replace(key, entry) == null) {
            hosted.compute(key, (resource, old) -> {
                if (old == null) {
                    hostedPerUser.merge(userOf(resource), 1, Integer::sum);
                }
                return entry;
            });
        }
    }

    private static String userOf(String fullJid) {
        int at = fullJid.indexOf('@');
        return at < 0 ? fullJid : fullJid.substring(0, at);
    }
}

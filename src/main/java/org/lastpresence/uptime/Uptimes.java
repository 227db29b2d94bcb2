package org.lastpresence.uptime;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Since when the server and each of its components are up. In a cluster (K5) the domain is up since the earliest
 * start of the running nodes and a component since the earliest registration the cluster has seen: both are kept
 * in a clustered cache of Strings, next to which this node keeps what it registered itself.
 */
public final class Uptimes {
    private static final String NODE = "node:";
    private static final String COMPONENT = "component:";

    private final Map<String, String> shared;
    private final Supplier<String> node;
    private final Instant started;
    private volatile String announcedAs;
    private final Map<String, Instant> registeredHere = new ConcurrentHashMap<>();

    /** One server: nothing shared. */
    public Uptimes(Instant serverStarted) {
        this(serverStarted, new ConcurrentHashMap<>(), () -> "local");
    }

    /**
     * @param serverStarted when this node started
     * @param shared        the clustered cache of start and registration times (a plain map on one server)
     * @param node          this node's id, asked each time: Openfire gives a node a new id when it joins a cluster
     */
    public Uptimes(Instant serverStarted, Map<String, String> shared, Supplier<String> node) {
        this.shared = shared;
        this.node = node;
        this.started = serverStarted;
        announce();
    }

    /** The earliest start of the running nodes. */
    public Instant serverStarted() {
        Instant earliest = started;
        for (Map.Entry<String, String> entry : shared.entrySet()) {
            if (entry.getKey().startsWith(NODE)) {
                Instant nodeStarted = parse(entry.getValue());
                if (nodeStarted != null && nodeStarted.isBefore(earliest)) {
                    earliest = nodeStarted;
                }
            }
        }
        return earliest;
    }

    /** Every component registered on this node with the cluster's earliest registration, sorted by domain. */
    public Map<String, Instant> components() {
        Map<String, Instant> result = new TreeMap<>();
        for (String domain : registeredHere.keySet()) {
            component(domain).ifPresent(since -> result.put(domain, since));
        }
        return result;
    }

    public Optional<Instant> component(String domain) {
        Instant here = registeredHere.get(domain);
        if (here == null) {
            return Optional.empty();
        }
        Instant cluster = parse(shared.get(COMPONENT + domain));
        return Optional.of(cluster != null && cluster.isBefore(here) ? cluster : here);
    }

    /** Notes a component's registration; a component already known keeps its earlier time. */
    public void registered(String domain, Instant when) {
        Instant here = registeredHere.merge(domain, when, (old, added) -> old.isBefore(added) ? old : added);
        Instant cluster = parse(shared.get(COMPONENT + domain));
        // Not atomic across nodes; two first registrations racing settle on one of two near-equal times.
        if (cluster == null || here.isBefore(cluster)) {
            shared.put(COMPONENT + domain, Long.toString(here.toEpochMilli()));
        }
    }

    public void unregistered(String domain) {
        registeredHere.remove(domain);
    }

    /** Puts this node's start and registrations (back) into the shared cache: at start and after a cluster join. */
    public void announce() {
        String here = node.get();
        String before = announcedAs;
        if (before != null && !before.equals(here)) {
            shared.remove(NODE + before);
        }
        shared.put(NODE + here, Long.toString(started.toEpochMilli()));
        announcedAs = here;
        registeredHere.forEach(this::registered);
    }

    /** A node left the cluster (called on the senior member): its start no longer counts. */
    public void nodeLeft(String leftNode) {
        shared.remove(NODE + leftNode);
    }

    /** The nodes whose start counts. */
    Set<String> nodes() {
        Set<String> nodes = new TreeSet<>();
        shared.keySet().stream().filter(key -> key.startsWith(NODE))
                .forEach(key -> nodes.add(key.substring(NODE.length())));
        return nodes;
    }

    private static Instant parse(String millis) {
        try {
            return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

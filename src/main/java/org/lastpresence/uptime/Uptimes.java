package org.lastpresence.uptime;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Since when the server and each of its components are up. */
public final class Uptimes {
    private final Instant serverStarted;
    private final ConcurrentMap<String, Instant> components = new ConcurrentHashMap<>();

    public Uptimes(Instant serverStarted) {
        this.serverStarted = serverStarted;
    }

    public Instant serverStarted() {
        return serverStarted;
    }

    /** Every registered component's domain with its registration time, sorted by domain. */
    public Map<String, Instant> components() {
        return new TreeMap<>(components);
    }

    public Optional<Instant> component(String domain) {
        return Optional.ofNullable(components.get(domain));
    }

    /** Notes a component's registration; a component already known keeps its earlier time. */
    public void registered(String domain, Instant when) {
        components.putIfAbsent(domain, when);
    }

    public void unregistered(String domain) {
        components.remove(domain);
    }
}

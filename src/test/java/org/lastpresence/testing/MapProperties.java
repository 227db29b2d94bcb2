package org.lastpresence.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.lastpresence.settings.PropertySource;

/** Settings held in a map, standing in for Openfire's system properties: listeners are told after each change. */
public final class MapProperties implements PropertySource {
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();

    @Override
    public String get(String key) {
        reads.incrementAndGet();
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
        tell(key);
    }

    /** Deletes a property and its children, as Openfire's JiveProperties.remove does, telling only its key. */
    public void remove(String key) {
        values.keySet().removeIf(name -> name.startsWith(key));
        tell(key);
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public MapProperties with(String key, String value) {
        put(key, value);
        return this;
    }

    /** How often a property was read, to show that readers use what they parsed. */
    public int reads() {
        return reads.get();
    }

    private void tell(String key) {
        for (Listener listener : listeners) {
            listener.changed(key);
        }
    }
}

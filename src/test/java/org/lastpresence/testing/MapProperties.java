package org.lastpresence.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lastpresence.settings.PropertySource;

/** Settings held in a map, standing in for Openfire's system properties. */
public final class MapProperties implements PropertySource {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    public MapProperties with(String key, String value) {
        put(key, value);
        return this;
    }
}

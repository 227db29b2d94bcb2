package org.lastpresence.settings;

/** Where settings live: Openfire's system properties in production, a map in tests. */
public interface PropertySource {
    /** The stored text of a property, or null when it is not set. */
    String get(String key);

    /** Stores a property; the change is visible to every reader at once. */
    void put(String key, String value);
}

package org.lastpresence.settings;

/** Where settings live: Openfire's system properties in production, a map in tests. */
public interface PropertySource {
    /** The stored text of a property, or null when it is not set. */
    String get(String key);

    /** Stores a property; the change is visible to every reader at once, and every listener is told. */
    void put(String key, String value);

    /**
     * Tells the listener of every property set or deleted from now on, by anyone (on every cluster node), after
     * the new value can be read.
     */
    void addListener(Listener listener);

    /** Told of changed properties. */
    interface Listener {
        /**
         * A property was set or deleted. Every property whose key starts with {@code key} may have changed:
         * Openfire deletes a property's children with it and tells only the parent's key.
         */
        void changed(String key);
    }
}

package org.lastpresence.bench.scale;

import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;

/** The plugin's record cache as Openfire holds it (found by name among Openfire's caches; never created here). */
final class RecordCache {
    /** Surroundings.RECORD_CACHE, the name the plugin creates it under (plugin classes are not on this path). */
    static final String NAME = "Last Presence Records";

    private RecordCache() {
    }

    /** The cache, or null while the plugin has not created it. */
    @SuppressWarnings("rawtypes")
    static Cache find() {
        for (Cache cache : CacheFactory.getAllCaches()) {
            if (NAME.equals(cache.getName())) {
                return cache;
            }
        }
        return null;
    }

    static int entries() {
        Cache<?, ?> cache = find();
        return cache == null ? 0 : cache.size();
    }
}

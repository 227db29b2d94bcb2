package org.lastpresence.it.cluster;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import com.hazelcast.core.IMap;

import org.jivesoftware.util.cache.Cache;

/** One Openfire cache as a Hazelcast map: every node sees the same entries. */
final class HazelcastCache<K, V> implements Cache<K, V> {
    private final IMap<K, V> map;
    private String name;
    private volatile long maxSize;
    private volatile long maxLifetime;

    HazelcastCache(String name, IMap<K, V> map, long maxSize, long maxLifetime) {
        this.name = name;
        this.map = map;
        this.maxSize = maxSize;
        this.maxLifetime = maxLifetime;
    }

    IMap<K, V> map() {
        return map;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String newName) {
        this.name = newName;
    }

    @Override
    public long getMaxCacheSize() {
        return maxSize;
    }

    @Override
    public void setMaxCacheSize(int size) {
        this.maxSize = size;
    }

    @Override
    public long getMaxLifetime() {
        return maxLifetime;
    }

    @Override
    public void setMaxLifetime(long lifetime) {
        this.maxLifetime = lifetime;
    }

    @Override
    public int getCacheSize() {
        // What this node holds of the map; the admin console's figure, not used for eviction here.
        return (int) Math.min(Integer.MAX_VALUE, map.getLocalMapStats().getOwnedEntryMemoryCost());
    }

    @Override
    public long getCacheHits() {
        return map.getLocalMapStats().getHits();
    }

    @Override
    public long getCacheMisses() {
        return 0;
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public V put(K key, V value) {
        return map.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return map.remove(key);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> entries) {
        map.putAll(entries);
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Set<K> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<V> values() {
        return map.values();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return map.entrySet();
    }

    @Override
    public String toString() {
        return "clustered cache " + name;
    }
}

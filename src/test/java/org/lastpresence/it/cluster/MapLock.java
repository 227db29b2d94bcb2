package org.lastpresence.it.cluster;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

import com.hazelcast.core.IMap;

/** A cluster-wide lock on one key of a Hazelcast map (what {@code CacheFactory.getLock} hands out in 4.2.0). */
final class MapLock implements Lock {
    private final IMap<Object, ?> map;
    private final Object key;

    @SuppressWarnings("unchecked")
    MapLock(IMap<?, ?> map, Object key) {
        this.map = (IMap<Object, ?>) map;
        this.key = key;
    }

    @Override
    public void lock() {
        map.lock(key);
    }

    @Override
    public void lockInterruptibly() {
        map.lock(key);
    }

    @Override
    public boolean tryLock() {
        return map.tryLock(key);
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return map.tryLock(key, time, unit);
    }

    @Override
    public void unlock() {
        map.unlock(key);
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("No conditions on a cluster lock");
    }
}

package org.lastpresence.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last-presence records, one per user in the whole cluster (K2): read from an Openfire cache (clustered when
 * Openfire is, bounded in size and lifetime; S1) and, on a miss, from the database, which only threads that may wait
 * do (probe answers, login replay, admin pages); the packet threads ask the cache alone. Every change goes into the
 * cache at once and is queued for the database, written by {@link #flush()} on the store's own thread.
 */
public final class LastPresenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(LastPresenceStore.class);

    private final RecordDatabase database;
    // username -> CachedRecord text; shared by the cluster's nodes.
    private final Map<String, String> cache;
    private final Clock clock;
    // Latest pending change per user; a newer change for the same user replaces the older one.
    private final ConcurrentMap<String, PendingChange> pending = new ConcurrentHashMap<>();
    private volatile boolean failing;
    private volatile boolean readsFailing;

    /** A store with a cache of its own (one server, tests). */
    public LastPresenceStore(RecordDatabase database) {
        this(database, new ConcurrentHashMap<>(), Clock.systemUTC());
    }

    /**
     * @param cache the record cache (an Openfire cache in production)
     * @param clock when deletions happen, so that an older write from another node cannot undo one
     */
    public LastPresenceStore(RecordDatabase database, Map<String, String> cache, Clock clock) {
        this.database = database;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The user's record, from the cache or, on a miss, the database (then cached, as is its absence). Not on a
     * packet thread: a miss waits for the database.
     */
    public Optional<LastPresenceRecord> find(String username) {
        String cached = cache.get(username);
        if (cached != null) {
            return CachedRecord.record(username, cached);
        }
        try {
            Optional<LastPresenceRecord> stored = database.find(username);
            PendingChange queued = pending.get(username);
            if (queued != null) {
                stored = queued.record();
            }
            // Another node may have put a newer entry meanwhile: never overwrite one.
            cache.putIfAbsent(username, stored.map(CachedRecord::of).orElse(CachedRecord.none()));
            if (readsFailing) {
                readsFailing = false;
                LOG.info("Last-presence records are read again.");
            }
            return stored;
        } catch (StoreException e) {
            // Every probe of an uncached user would say it again: once when reads start failing, then at DEBUG.
            if (!readsFailing) {
                readsFailing = true;
                LOG.warn("Could not read the last-presence record of {}; answering as if there were none until the "
                        + "database answers again.", username, e);
            } else {
                LOG.debug("Still cannot read the last-presence record of {}.", username, e);
            }
            return Optional.empty();
        }
    }

    /**
     * The user's record if the cache knows whether there is one, for the packet threads: empty when the cache
     * does not know (the database would have to be asked).
     */
    public Optional<Optional<LastPresenceRecord>> findCached(String username) {
        String cached = cache.get(username);
        return cached == null ? Optional.empty() : Optional.of(CachedRecord.record(username, cached));
    }

    /** Every record: the database's with the queued changes applied (admin pages; reads the whole table). */
    public List<LastPresenceRecord> all() {
        Map<String, LastPresenceRecord> all = new HashMap<>();
        try {
            for (LastPresenceRecord record : database.loadAll()) {
                all.put(record.username(), record);
            }
        } catch (StoreException e) {
            LOG.warn("Could not read the last-presence records; showing the queued ones only.", e);
        }
        for (PendingChange change : pending.values()) {
            change.record().ifPresentOrElse(record -> all.put(record.username(), record),
                    () -> all.remove(change.username()));
        }
        return new ArrayList<>(all.values());
    }

    public int size() {
        return all().size();
    }

    /** Keeps a record (replacing the user's earlier one) and queues its write. */
    public void put(LastPresenceRecord record) {
        cache.put(record.username(), CachedRecord.of(record));
        pending.put(record.username(), PendingChange.upsert(record));
    }

    /** Forgets a user's record on every node and queues its deletion; true if there was one. */
    public boolean delete(String username) {
        boolean existed = find(username).isPresent();
        cache.put(username, CachedRecord.deleted(clock.instant()));
        pending.put(username, PendingChange.deletion(username));
        return existed;
    }

    /** Forgets the records that began before the cutoff, in the cache and in the database; returns how many. */
    public int purgeOlderThan(Instant cutoff) throws StoreException {
        for (Map.Entry<String, String> entry : cache.entrySet()) {
            Optional<LastPresenceRecord> record = CachedRecord.record(entry.getKey(), entry.getValue());
            if (record.isPresent() && record.get().since().isBefore(cutoff)) {
                cache.remove(entry.getKey(), entry.getValue());
            }
        }
        int unwritten = pending.size();
        pending.values().removeIf(change -> change.record().map(r -> r.since().isBefore(cutoff)).orElse(false));
        return database.deleteOlderThan(cutoff) + unwritten - pending.size();
    }

    /** How many changes wait to be written. */
    public int pendingCount() {
        return pending.size();
    }

    /** The changes that wait to be written, for keeping them across a stop (S2). */
    List<PendingChange> pendingChanges() {
        return new ArrayList<>(pending.values());
    }

    /**
     * Takes back changes kept across a stop: each is queued again and applied in memory, unless the store already
     * holds a later record of that user.
     */
    void restore(Collection<PendingChange> changes) {
        for (PendingChange change : changes) {
            Optional<LastPresenceRecord> record = change.record();
            if (record.isEmpty()) {
                delete(change.username());
                continue;
            }
            Optional<LastPresenceRecord> current = find(change.username());
            if (current.isEmpty() || !current.get().since().isAfter(record.get().since())) {
                put(record.get());
            }
        }
    }

    /**
     * Writes the queued changes in one transaction. If that fails, each change is tried on its own, so one
     * change the database refuses cannot hold up the others; what fails stays queued for the next call, so
     * nothing is lost while the database is away. Returns true when the queue was written.
     */
    public boolean flush() {
        if (pending.isEmpty()) {
            return true;
        }
        Map<String, PendingChange> batch = Map.copyOf(pending);
        try {
            write(batch.values());
        } catch (StoreException | RuntimeException e) {
            if (e instanceof StoreException && ((StoreException) e).databaseUnavailable()) {
                // Trying each change on its own against a database that is away only multiplies the wait.
                reportFailure(batch.size(), (StoreException) e);
                return false;
            }
            int failed = 0;
            StoreException lastFailure = null;
            for (PendingChange change : batch.values()) {
                try {
                    write(List.of(change));
                    pending.remove(change.username(), change);
                } catch (StoreException | RuntimeException single) {
                    failed++;
                    lastFailure = single instanceof StoreException ? (StoreException) single
                            : new StoreException("Unexpected failure", single);
                    if (lastFailure.databaseUnavailable()) {
                        failed = pending.size();
                        break;
                    }
                }
            }
            if (failed > 0) {
                reportFailure(failed, lastFailure);
                return false;
            }
            reportRecovery();
            return true;
        }
        // Only drop what was written: a change queued meanwhile for the same user stays.
        batch.forEach(pending::remove);
        reportRecovery();
        return true;
    }

    private void write(Collection<PendingChange> changes) throws StoreException {
        List<LastPresenceRecord> upserts = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        for (PendingChange change : changes) {
            change.record().filter(this::notDeletedSince)
                    .ifPresentOrElse(upserts::add, () -> deletions.add(change.username()));
        }
        database.write(upserts, deletions);
    }

    // A user deleted on any node after this record began: the record must not come back with this write.
    private boolean notDeletedSince(LastPresenceRecord record) {
        return CachedRecord.deletedAt(cache.get(record.username()))
                .map(deleted -> deleted.isBefore(record.since())).orElse(true);
    }

    // The writer retries twice a second: say it once when a failure starts, and once when it ends.
    private void reportFailure(int failed, StoreException cause) {
        if (!failing) {
            failing = true;
            LOG.warn("Could not write {} last-presence changes; they stay queued and are retried.", failed, cause);
        } else {
            LOG.debug("Still cannot write {} last-presence changes.", failed, cause);
        }
    }

    private void reportRecovery() {
        if (failing) {
            failing = false;
            LOG.info("Last-presence changes are written again.");
        }
    }
}

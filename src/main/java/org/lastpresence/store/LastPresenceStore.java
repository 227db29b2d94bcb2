package org.lastpresence.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last-presence records: every read is served from memory, every change is queued and written to the
 * database by {@link #flush()} on the writer thread, so packet threads never wait on the database.
 */
public final class LastPresenceStore {
    private static final Logger LOG = LoggerFactory.getLogger(LastPresenceStore.class);

    private final RecordDatabase database;
    private final ConcurrentMap<String, LastPresenceRecord> records = new ConcurrentHashMap<>();
    // Latest pending change per user; a newer change for the same user replaces the older one.
    private final ConcurrentMap<String, PendingChange> pending = new ConcurrentHashMap<>();
    private volatile boolean failing;

    public LastPresenceStore(RecordDatabase database) {
        this.database = database;
    }

    /** Loads every stored record into memory; called once at start-up, off the packet threads. */
    public void load() throws StoreException {
        for (LastPresenceRecord record : database.loadAll()) {
            records.put(record.username(), record);
        }
        LOG.info("Loaded {} last-presence records.", records.size());
    }

    public Optional<LastPresenceRecord> find(String username) {
        return Optional.ofNullable(records.get(username));
    }

    /** A snapshot of every record. */
    public List<LastPresenceRecord> all() {
        return new ArrayList<>(records.values());
    }

    public int size() {
        return records.size();
    }

    /** Keeps a record (replacing the user's earlier one) and queues its write. */
    public void put(LastPresenceRecord record) {
        records.put(record.username(), record);
        pending.put(record.username(), PendingChange.upsert(record));
    }

    /** Forgets a user's record and queues its deletion; true if there was one. */
    public boolean delete(String username) {
        pending.put(username, PendingChange.deletion(username));
        return records.remove(username) != null;
    }

    /** Forgets the records that began before the cutoff, in memory and in the database; returns how many. */
    public int purgeOlderThan(Instant cutoff) throws StoreException {
        int removed = 0;
        for (LastPresenceRecord record : records.values()) {
            if (record.since().isBefore(cutoff) && records.remove(record.username(), record)) {
                removed++;
            }
        }
        database.deleteOlderThan(cutoff);
        return removed;
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
            LastPresenceRecord current = records.get(change.username());
            if (current == null || !current.since().isAfter(record.get().since())) {
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
            change.record().ifPresentOrElse(upserts::add, () -> deletions.add(change.username()));
        }
        database.write(upserts, deletions);
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

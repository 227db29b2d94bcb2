package org.lastpresence.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Durable storage of records; called only from the store's writer thread and at start-up, never a packet thread. */
public interface RecordDatabase {
    /** Every stored record (admin pages only: it reads the whole table). */
    List<LastPresenceRecord> loadAll() throws StoreException;

    /** One user's record. */
    Optional<LastPresenceRecord> find(String username) throws StoreException;

    /**
     * In one transaction: writes these records, each only if no later one of that user is stored (so with several
     * cluster nodes writing, the latest event wins whatever the order of the writes), and deletes these users'
     * records.
     */
    void write(Collection<LastPresenceRecord> upserts, Collection<String> deletions) throws StoreException;

    /** Deletes the records older than the cutoff; returns how many. */
    int deleteOlderThan(Instant cutoff) throws StoreException;
}

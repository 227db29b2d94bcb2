package org.lastpresence.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Durable storage of records; called only from the store's writer thread and at start-up, never a packet thread. */
public interface RecordDatabase {
    /** Every stored record. */
    List<LastPresenceRecord> loadAll() throws StoreException;

    /** Inserts or replaces these records and deletes these users' records, in one transaction. */
    void write(Collection<LastPresenceRecord> upserts, Collection<String> deletions) throws StoreException;

    /** Deletes the records older than the cutoff; returns how many. */
    int deleteOlderThan(Instant cutoff) throws StoreException;
}

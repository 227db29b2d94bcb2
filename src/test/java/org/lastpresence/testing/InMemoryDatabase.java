package org.lastpresence.testing;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.RecordDatabase;
import org.lastpresence.store.StoreException;

/** A record database in a map, which can be told to fail, for store tests. */
public final class InMemoryDatabase implements RecordDatabase {
    private final Map<String, LastPresenceRecord> rows = new ConcurrentHashMap<>();
    private volatile boolean failing;
    private volatile String refused;
    private volatile int writes;
    private volatile int attempts;

    public void failing(boolean failing) {
        this.failing = failing;
    }

    /** Every write that touches this user fails, as a row the database rejects would. */
    public void refuse(String username) {
        this.refused = username;
    }

    public Map<String, LastPresenceRecord> rows() {
        return rows;
    }

    public int writes() {
        return writes;
    }

    /** Every write tried, failed or not. */
    public int attempts() {
        return attempts;
    }

    @Override
    public List<LastPresenceRecord> loadAll() throws StoreException {
        check();
        return new ArrayList<>(rows.values());
    }

    @Override
    public void write(Collection<LastPresenceRecord> upserts, Collection<String> deletions) throws StoreException {
        attempts++;
        check();
        if (refused != null && (deletions.contains(refused)
                || upserts.stream().anyMatch(record -> record.username().equals(refused)))) {
            throw new StoreException("row refused", new SQLException("value too long", "22001"));
        }
        deletions.forEach(rows::remove);
        // As the table does: a later stored record of the user stays.
        upserts.forEach(record -> rows.merge(record.username(), record,
                (stored, written) -> stored.since().isAfter(written.since()) ? stored : written));
        writes++;
    }

    @Override
    public Optional<LastPresenceRecord> find(String username) throws StoreException {
        check();
        return Optional.ofNullable(rows.get(username));
    }

    @Override
    public int deleteOlderThan(Instant cutoff) throws StoreException {
        check();
        int before = rows.size();
        rows.values().removeIf(record -> record.since().isBefore(cutoff));
        return before - rows.size();
    }

    private void check() throws StoreException {
        if (failing) {
            throw StoreException.unavailable("database unavailable", new SQLException("connection refused", "08001"));
        }
    }
}

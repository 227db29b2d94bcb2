package org.lastpresence.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.database.DbConnectionManager;

/** The ofLastPresence table in Openfire's database, through Openfire's connection pool. */
public final class JdbcRecordDatabase implements RecordDatabase {
    private static final String LOAD_ALL =
            "SELECT username, resourceName, statusText, stanza, offlineDate FROM ofLastPresence";
    private static final String FIND =
            "SELECT username, resourceName, statusText, stanza, offlineDate FROM ofLastPresence WHERE username=?";
    private static final String EXISTS = "SELECT offlineDate FROM ofLastPresence WHERE username=?";
    private static final String DELETE = "DELETE FROM ofLastPresence WHERE username=?";
    // Only over an older (or equal) row: with several cluster nodes writing, the latest event wins.
    private static final String UPDATE_IF_OLDER = "UPDATE ofLastPresence SET resourceName=?, statusText=?, stanza=?,"
            + " offlineDate=? WHERE username=? AND offlineDate<=?";
    private static final String INSERT =
            "INSERT INTO ofLastPresence (username, resourceName, statusText, stanza, offlineDate) VALUES (?,?,?,?,?)";
    private static final String DELETE_OLDER = "DELETE FROM ofLastPresence WHERE offlineDate < ?";

    @Override
    public List<LastPresenceRecord> loadAll() throws StoreException {
        List<LastPresenceRecord> result = new ArrayList<>();
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(LOAD_ALL);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.add(record(rows));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not load the last-presence records", e);
        }
        return result;
    }

    @Override
    public Optional<LastPresenceRecord> find(String username) throws StoreException {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(FIND)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(record(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            String what = "Could not read the last-presence record of " + username;
            throw isConnectionFailure(e) ? StoreException.unavailable(what, e) : new StoreException(what, e);
        }
    }

    private static LastPresenceRecord record(ResultSet rows) throws SQLException {
        return new LastPresenceRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                Instant.ofEpochMilli(rows.getLong(5)), DbConnectionManager.getLargeTextField(rows, 4));
    }

    @Override
    public void write(Collection<LastPresenceRecord> upserts, Collection<String> deletions) throws StoreException {
        Connection con;
        try {
            con = DbConnectionManager.getTransactionConnection();
        } catch (SQLException e) {
            throw StoreException.unavailable("No database connection for " + upserts.size() + " records and "
                    + deletions.size() + " deletions", e);
        }
        boolean failed = true;
        try {
            if (!deletions.isEmpty()) {
                try (PreparedStatement delete = con.prepareStatement(DELETE)) {
                    for (String username : deletions) {
                        delete.setString(1, username);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            // Update-if-older, else insert-if-absent: the one conditional upsert every supported database has.
            try (PreparedStatement update = con.prepareStatement(UPDATE_IF_OLDER);
                 PreparedStatement exists = con.prepareStatement(EXISTS);
                 PreparedStatement insert = con.prepareStatement(INSERT)) {
                for (LastPresenceRecord record : upserts) {
                    update.setString(1, record.resource());
                    update.setString(2, record.status().orElse(null));
                    DbConnectionManager.setLargeTextField(update, 3, record.stanza().orElse(null));
                    update.setLong(4, record.since().toEpochMilli());
                    update.setString(5, record.username());
                    update.setLong(6, record.since().toEpochMilli());
                    if (update.executeUpdate() > 0 || isStored(exists, record.username())) {
                        continue;
                    }
                    insert.setString(1, record.username());
                    insert.setString(2, record.resource());
                    insert.setString(3, record.status().orElse(null));
                    DbConnectionManager.setLargeTextField(insert, 4, record.stanza().orElse(null));
                    insert.setLong(5, record.since().toEpochMilli());
                    insert.executeUpdate();
                }
            }
            failed = false;
        } catch (SQLException e) {
            String what = "Could not write " + upserts.size() + " records and " + deletions.size() + " deletions";
            throw isConnectionFailure(e) ? StoreException.unavailable(what, e) : new StoreException(what, e);
        } finally {
            DbConnectionManager.closeTransactionConnection(con, failed);
        }
    }

    // A row that is there and was not updated is a later one, written by another node: it stays.
    private static boolean isStored(PreparedStatement exists, String username) throws SQLException {
        exists.setString(1, username);
        try (ResultSet rows = exists.executeQuery()) {
            return rows.next();
        }
    }

    /** SQL state class 08 is a connection exception: the database went away, the rows themselves are fine. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (e instanceof SQLException) {
                SQLException sql = (SQLException) e;
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                        || sql.getNextException() != null && isConnectionFailure(sql.getNextException())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int deleteOlderThan(Instant cutoff) throws StoreException {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(DELETE_OLDER)) {
            statement.setLong(1, cutoff.toEpochMilli());
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not purge the records older than " + cutoff, e);
        }
    }
}

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

import org.jivesoftware.database.DbConnectionManager;

/** The ofLastPresence table in Openfire's database, through Openfire's connection pool. */
public final class JdbcRecordDatabase implements RecordDatabase {
    private static final String LOAD_ALL =
            "SELECT username, resourceName, statusText, stanza, offlineDate FROM ofLastPresence";
    private static final String DELETE = "DELETE FROM ofLastPresence WHERE username=?";
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
                result.add(new LastPresenceRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                        Instant.ofEpochMilli(rows.getLong(5)), DbConnectionManager.getLargeTextField(rows, 4)));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not load the last-presence records", e);
        }
        return result;
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
            // Delete-then-insert is the one upsert every supported database understands.
            try (PreparedStatement delete = con.prepareStatement(DELETE)) {
                for (String username : deletions) {
                    delete.setString(1, username);
                    delete.addBatch();
                }
                for (LastPresenceRecord record : upserts) {
                    delete.setString(1, record.username());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            // Some drivers (HSQLDB among them) refuse to execute an empty batch.
            if (upserts.isEmpty()) {
                failed = false;
                return;
            }
            try (PreparedStatement insert = con.prepareStatement(INSERT)) {
                for (LastPresenceRecord record : upserts) {
                    insert.setString(1, record.username());
                    insert.setString(2, record.resource());
                    insert.setString(3, record.status().orElse(null));
                    DbConnectionManager.setLargeTextField(insert, 4, record.stanza().orElse(null));
                    insert.setLong(5, record.since().toEpochMilli());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            failed = false;
        } catch (SQLException e) {
            String what = "Could not write " + upserts.size() + " records and " + deletions.size() + " deletions";
            throw isConnectionFailure(e) ? StoreException.unavailable(what, e) : new StoreException(what, e);
        } finally {
            DbConnectionManager.closeTransactionConnection(con, failed);
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

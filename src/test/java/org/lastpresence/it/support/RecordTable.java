package org.lastpresence.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.jivesoftware.database.DbConnectionManager;

/** Direct access to the plugin's table in Openfire's database, to see what an operator's database holds. */
public final class RecordTable {
    private static final String COUNT = "SELECT COUNT(*) FROM ofLastPresence WHERE username=?";
    private static final String SELECT_STATUS = "SELECT statusText FROM ofLastPresence WHERE username=?";
    private static final String INSERT = "INSERT INTO ofLastPresence "
            + "(username, resourceName, statusText, stanza, offlineDate) VALUES (?,?,?,?,?)";

    private RecordTable() {
    }

    /** The stored status text of a user's row, empty string for a row without status, empty when there is no row. */
    public static Optional<String> statusOf(String username) {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(SELECT_STATUS)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String status = rows.getString(1);
                return Optional.of(status == null ? "" : status);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read ofLastPresence", e);
        }
    }

    /** How many rows the table holds for a user (at most one is right, whichever node recorded it). */
    public static int rowCount(String username) {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(COUNT)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read ofLastPresence", e);
        }
    }

    /** Writes a row as an older version of the plugin would have left it. */
    public static void insert(String username, String resource, String status, Instant since) {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(INSERT)) {
            statement.setString(1, username);
            statement.setString(2, resource);
            statement.setString(3, status);
            statement.setString(4, null);
            statement.setLong(5, since.toEpochMilli());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write ofLastPresence", e);
        }
    }
}

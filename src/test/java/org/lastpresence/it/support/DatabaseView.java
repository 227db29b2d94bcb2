package org.lastpresence.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an operator's SQL client sees in a database server: the plugin's table and rows and the schema versions,
 * read over a JDBC connection of its own (not through Openfire), so a row found is a row stored.
 */
public final class DatabaseView {
    private static final String RECORD =
            "SELECT resourceName, statusText, offlineDate FROM ofLastPresence WHERE username=?";
    private static final String VERSION = "SELECT version FROM ofVersion WHERE name=?";

    private final ExternalDatabase database;

    public DatabaseView(ExternalDatabase database) {
        this.database = database;
    }

    /** A row of ofLastPresence. */
    public static final class StoredRecord {
        public final String resource;
        public final String status;
        public final Instant offline;

        StoredRecord(String resource, String status, Instant offline) {
            this.resource = resource;
            this.status = status;
            this.offline = offline;
        }

        @Override
        public String toString() {
            return "resource=" + resource + " status=" + status + " offline=" + offline;
        }
    }

    /** The user's row, or empty. */
    public Optional<StoredRecord> record(String username) {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(RECORD)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRecord(rows.getString(1), rows.getString(2),
                        Instant.ofEpochMilli(rows.getLong(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read ofLastPresence on " + database, e);
        }
    }

    /** The version recorded in ofVersion for a schema ({@code openfire}, a plugin's name), or empty. */
    public OptionalInt schemaVersion(String name) {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(VERSION)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalInt.of(rows.getInt(1)) : OptionalInt.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read ofVersion on " + database, e);
        }
    }

    /** Whether a query naming every column of the plugin's table runs (the table exists with those columns). */
    public boolean hasRecordTable() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT username, resourceName, statusText, stanza, offlineDate "
                    + "FROM ofLastPresence WHERE 1=0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** What the server says it is, through this driver. */
    public String productNameAndVersion() {
        try (Connection connection = database.connect()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion() + " via "
                    + connection.getMetaData().getDriverName() + " " + connection.getMetaData().getDriverVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the metadata of " + database, e);
        }
    }
}

package org.lastpresence.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.jivesoftware.database.DbConnectionManager;
import org.lastpresence.it.support.EmbeddedOpenfire;

/** The benchmark's rows in ofLastPresence: user0 .. user(N-1), each with a status, a stanza and a distinct time. */
final class StoredRecords {
    static final String RESOURCE = "phone";
    private static final long NEWEST_MILLIS = 1_796_000_000_000L;
    private static final int BATCH = 10_000;
    private static final String INSERT = "INSERT INTO ofLastPresence "
            + "(username, resourceName, statusText, stanza, offlineDate) VALUES (?,?,?,?,?)";

    private StoredRecords() {
    }

    static String username(int index) {
        return "user" + index;
    }

    static String status(int index) {
        return "Back on Monday, ask desk " + index;
    }

    static long offlineMillis(int index) {
        return NEWEST_MILLIS - index * 1000L;
    }

    /** The stanza as the plugin would have stored it: the user's last unavailable presence. */
    static String stanza(int index) {
        return "<presence type=\"unavailable\" from=\"" + username(index) + "@" + EmbeddedOpenfire.DOMAIN + "/"
                + RESOURCE + "\"><status>" + status(index) + "</status></presence>";
    }

    /** Inserts rows {@code 0..count-1} straight into the table through Openfire's pool, in JDBC batches. */
    static void insert(int count) throws SQLException {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement insert = con.prepareStatement(INSERT)) {
            con.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert.setString(1, username(i));
                insert.setString(2, RESOURCE);
                insert.setString(3, status(i));
                insert.setString(4, stanza(i));
                insert.setLong(5, offlineMillis(i));
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    insert.executeBatch();
                    con.commit();
                }
            }
            con.setAutoCommit(true);
        }
    }
}

package org.lastpresence.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.privacy.PrivacyList;
import org.jivesoftware.openfire.privacy.PrivacyListEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a {@link PrivacyListCensus} up to date from Openfire's database at start and its list events after. */
public final class OpenfirePrivacyListEvents implements PrivacyListEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(OpenfirePrivacyListEvents.class);
    // The same count Openfire's PrivacyListProvider makes at its start (table unchanged from 4.2.0 to 5.x).
    private static final String COUNT = "SELECT COUNT(*) FROM ofPrivacyList";

    private final PrivacyListCensus census;

    public OpenfirePrivacyListEvents(PrivacyListCensus census) {
        this.census = census;
    }

    /** Counts the lists in the database; when that fails, lists are taken to exist. Not on a packet thread. */
    public void count() {
        try (Connection con = DbConnectionManager.getConnection();
             PreparedStatement statement = con.prepareStatement(COUNT);
             ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                census.counted(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.warn("Could not count the privacy lists; every privacy check will ask Openfire's lists.", e);
        }
    }

    @Override
    public void privacyListCreated(PrivacyList list) {
        census.listWritten();
    }

    @Override
    public void privacyListDeleting(String listName) {
        // Openfire's own store keeps assuming lists after a deletion; so does the census.
    }

    @Override
    public void privacyListModified(PrivacyList list) {
        census.listWritten();
    }
}

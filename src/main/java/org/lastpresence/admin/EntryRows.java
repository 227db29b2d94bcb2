package org.lastpresence.admin;

import java.util.ArrayList;
import java.util.List;

import org.lastpresence.recording.ResourceState;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.VisibleRecords;

/** Merges the stored records and the live resource states into the entries page's rows. */
final class EntryRows {
    private EntryRows() {
    }

    /**
     * One row per available resource of an online user, and one row per offline user's record. An online user's
     * older record is left out: it is not what a probe would answer while the user is online; so is a record
     * older than the retention period.
     */
    static List<EntryRow> collect(VisibleRecords records, ResourceStates resources) {
        List<EntryRow> rows = new ArrayList<>();
        for (String user : resources.onlineUsers()) {
            for (ResourceState state : resources.available(user)) {
                rows.add(new EntryRow(user, true, state.show().orElse(null), state.status().orElse(null),
                        state.since(), state.address().getResource()));
            }
        }
        for (LastPresenceRecord record : records.all()) {
            if (!resources.isOnline(record.username())) {
                rows.add(new EntryRow(record.username(), false, null, record.status().orElse(null), record.since(),
                        record.resource()));
            }
        }
        return rows;
    }
}

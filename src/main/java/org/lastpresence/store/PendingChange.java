package org.lastpresence.store;

import java.util.Objects;
import java.util.Optional;

/** One queued write: an upsert of a record, or the deletion of a user's record. */
final class PendingChange {
    private final String username;
    private final LastPresenceRecord record;

    private PendingChange(String username, LastPresenceRecord record) {
        this.username = username;
        this.record = record;
    }

    static PendingChange upsert(LastPresenceRecord record) {
        return new PendingChange(record.username(), record);
    }

    static PendingChange deletion(String username) {
        return new PendingChange(username, null);
    }

    String username() {
        return username;
    }

    /** The record to write, empty for a deletion. */
    Optional<LastPresenceRecord> record() {
        return Optional.ofNullable(record);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingChange && username.equals(((PendingChange) other).username)
                && Objects.equals(record, ((PendingChange) other).record);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, record);
    }
}

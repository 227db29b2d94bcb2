package org.lastpresence.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A user's entry in the clustered record cache, as one String (plugin classes must never be cache values: after a
 * plugin reload they break deserialization on other nodes): a record, "no record" (so a miss is not read from the
 * database again), or a deletion with its time (so an older write from another node cannot bring it back).
 */
final class CachedRecord {
    private static final String NONE = "N";
    private static final char RECORD = 'R';
    private static final char DELETED = 'D';

    private CachedRecord() {
    }

    static String of(LastPresenceRecord record) {
        StringBuilder text = new StringBuilder().append(RECORD).append(record.since().toEpochMilli()).append(' ');
        field(text, record.resource());
        field(text, record.status().orElse(null));
        field(text, record.stanza().orElse(null));
        return text.toString();
    }

    static String none() {
        return NONE;
    }

    static String deleted(Instant when) {
        return DELETED + Long.toString(when.toEpochMilli());
    }

    /** The record the entry holds; empty for "no record", a deletion, or text that is not an entry. */
    static Optional<LastPresenceRecord> record(String username, String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != RECORD) {
            return Optional.empty();
        }
        try {
            int space = text.indexOf(' ');
            Instant since = Instant.ofEpochMilli(Long.parseLong(text.substring(1, space)));
            int[] at = {space + 1};
            String resource = field(text, at);
            String status = field(text, at);
            String stanza = field(text, at);
            return resource == null ? Optional.empty()
                    : Optional.of(new LastPresenceRecord(username, resource, status, since, stanza));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When the user's record was deleted, if the entry says so. */
    static Optional<Instant> deletedAt(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != DELETED) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text.substring(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // length:text, or '-' for null
    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }

    private static String field(String text, int[] at) {
        if (text.charAt(at[0]) == '-') {
            at[0]++;
            return null;
        }
        int colon = text.indexOf(':', at[0]);
        int length = Integer.parseInt(text.substring(at[0], colon));
        String value = text.substring(colon + 1, colon + 1 + length);
        at[0] = colon + 1 + length;
        return value;
    }
}

package org.lastpresence.lastactivity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.store.LastPresenceRecord;

/**
 * Whether Openfire's own {@code jabber:iq:last} result about a user must be corrected to tell what a probe answer
 * would (C2), and to what. Openfire has already authorized the asker; the plugin only changes the content of a
 * result, for an offline user with a record the user's own rules let the asker know.
 */
public final class LastActivityCorrection {
    private LastActivityCorrection() {
    }

    /**
     * @param told       what Openfire's result says; empty when its {@code seconds} is missing or not a number
     * @param userOnline whether the user has an available resource (then Openfire's "0 seconds" stands)
     * @param record     the user's offline record, already filtered by retention
     * @param precision  the stamp precision: the time told is the stamp's time
     * @param now        the current time
     * @param mayTell    whether the user's own rules let the asker know the offline presence; asked last
     * @return the answer to deliver instead, or empty when Openfire's result stands as it is
     */
    public static Optional<LastActivity> decide(Optional<LastActivity> told, boolean userOnline,
                                                Optional<LastPresenceRecord> record, StampPrecision precision,
                                                Instant now, BooleanSupplier mayTell) {
        if (userOnline || record.isEmpty()) {
            return Optional.empty();
        }
        LastActivity expected = of(record.get(), precision, now);
        if (told.isPresent() && told.get().equals(expected)) {
            return Optional.empty();
        }
        return mayTell.getAsBoolean() ? Optional.of(expected) : Optional.empty();
    }

    /** What a probe answer tells, in XEP-0012's terms: whole seconds since the stamp's time, and the status. */
    static LastActivity of(LastPresenceRecord record, StampPrecision precision, Instant now) {
        long seconds = Duration.between(precision.truncate(record.since()), now).getSeconds();
        return new LastActivity(Math.max(0, seconds), record.status().orElse(null));
    }
}

package org.lastpresence.lastactivity;

import java.util.Objects;
import java.util.Optional;

/** What a XEP-0012 {@code jabber:iq:last} answer about an offline user says: seconds since, and the status text. */
public final class LastActivity {
    private final long seconds;
    private final String status;

    /**
     * @param seconds whole seconds since the user went offline
     * @param status  the status text of the last unavailable presence; null or empty for none
     */
    public LastActivity(long seconds, String status) {
        this.seconds = seconds;
        this.status = status == null || status.isEmpty() ? null : status;
    }

    public long seconds() {
        return seconds;
    }

    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LastActivity && seconds == ((LastActivity) other).seconds
                && Objects.equals(status, ((LastActivity) other).status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seconds, status);
    }

    @Override
    public String toString() {
        // Status texts are the user's words: tests read this, logs never do.
        return "LastActivity{seconds=" + seconds + (status == null ? "" : ", with status") + "}";
    }
}

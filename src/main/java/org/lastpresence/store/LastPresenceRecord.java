package org.lastpresence.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What is kept of a user who went offline: the resource that went last, its status text, when, the stanza. */
public final class LastPresenceRecord {
    private final String username;
    private final String resource;
    private final String status;
    private final Instant since;
    private final String stanza;

    /**
     * @param username the local user's node
     * @param resource the resource that went offline last
     * @param status   the {@code <status/>} text of the unavailable presence, or null
     * @param since    when the user went offline
     * @param stanza   the bounded unavailable presence as XML, or null
     */
    public LastPresenceRecord(String username, String resource, String status, Instant since, String stanza) {
        this.username = Objects.requireNonNull(username, "username");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.status = status;
        this.since = Objects.requireNonNull(since, "since");
        this.stanza = stanza;
    }

    public String username() {
        return username;
    }

    public String resource() {
        return resource;
    }

    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    public Instant since() {
        return since;
    }

    public Optional<String> stanza() {
        return Optional.ofNullable(stanza);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LastPresenceRecord)) {
            return false;
        }
        LastPresenceRecord that = (LastPresenceRecord) other;
        return username.equals(that.username) && resource.equals(that.resource) && Objects.equals(status, that.status)
                && since.equals(that.since) && Objects.equals(stanza, that.stanza);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, resource, status, since, stanza);
    }

    @Override
    public String toString() {
        return "LastPresenceRecord{" + username + "/" + resource + " since " + since + ", status=" + status + "}";
    }
}

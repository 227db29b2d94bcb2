package org.lastpresence.admin;

import java.time.Instant;
import java.util.Objects;

/** One line of the entries page: a user's stored last presence, or one of its live resources. */
public final class EntryRow {
    private final String username;
    private final boolean online;
    private final String show;
    private final String status;
    private final Instant since;
    private final String resource;

    /**
     * @param show   the {@code <show/>} value of an online resource, null for plain available or offline
     * @param status the status text, or null
     */
    public EntryRow(String username, boolean online, String show, String status, Instant since, String resource) {
        this.username = Objects.requireNonNull(username);
        this.online = online;
        this.show = show;
        this.status = status;
        this.since = Objects.requireNonNull(since);
        this.resource = resource;
    }

    public String username() {
        return username;
    }

    public boolean online() {
        return online;
    }

    /** The raw {@code <show/>} value or null. */
    public String show() {
        return show;
    }

    /** The status text or null. */
    public String status() {
        return status;
    }

    public Instant since() {
        return since;
    }

    public String resource() {
        return resource;
    }

    /** Only a stored record can be deleted; a live resource is the server's own state. */
    public boolean deletable() {
        return !online;
    }
}

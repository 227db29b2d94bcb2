package org.lastpresence.recording;

import java.time.Instant;

/** What one broadcast presence did to a resource and to its user. */
public final class Transition {
    private final boolean changed;
    private final boolean cameOnline;
    private final boolean lastResourceGone;
    private final Instant since;

    Transition(boolean changed, boolean cameOnline, boolean lastResourceGone, Instant since) {
        this.changed = changed;
        this.cameOnline = cameOnline;
        this.lastResourceGone = lastResourceGone;
        this.since = since;
    }

    /** Availability, show or status differ from the resource's previous presence. */
    public boolean changed() {
        return changed;
    }

    /** The resource was unavailable before and is available now (its initial presence). */
    public boolean cameOnline() {
        return cameOnline;
    }

    /** The resource went unavailable and the user has no available resource left. */
    public boolean lastResourceGone() {
        return lastResourceGone;
    }

    /** Since when the resource is in its current state. */
    public Instant since() {
        return since;
    }
}

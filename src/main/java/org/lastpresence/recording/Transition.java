package org.lastpresence.recording;

import java.time.Instant;

/** What one broadcast presence did to a resource's state. */
public final class Transition {
    private enum Kind { CAME_ONLINE, CHANGED, UNCHANGED, WENT_UNAVAILABLE, UNKNOWN_RESOURCE }

    private final Kind kind;
    private final Instant since;

    private Transition(Kind kind, Instant since) {
        this.kind = kind;
        this.since = since;
    }

    /** The resource's initial presence: it was unavailable and is available now. */
    static Transition cameOnline(Instant now) {
        return new Transition(Kind.CAME_ONLINE, now);
    }

    /** Availability, show or status differ from the resource's previous presence. */
    static Transition changed(Instant now) {
        return new Transition(Kind.CHANGED, now);
    }

    /** A re-sent presence (priority, caps, ...): the state and its time stay. */
    static Transition unchanged(Instant since) {
        return new Transition(Kind.UNCHANGED, since);
    }

    /** The resource went unavailable now; whether its user went offline depends on the user's other resources. */
    static Transition wentUnavailable(Instant now) {
        return new Transition(Kind.WENT_UNAVAILABLE, now);
    }

    /** An unavailable presence of a resource that was not available: nothing happened. */
    static Transition unknownResource(Instant now) {
        return new Transition(Kind.UNKNOWN_RESOURCE, now);
    }

    /** Availability, show or status differ from the resource's previous presence. */
    public boolean changed() {
        return kind == Kind.CAME_ONLINE || kind == Kind.CHANGED || kind == Kind.WENT_UNAVAILABLE;
    }

    /** The resource was unavailable before and is available now (its initial presence). */
    public boolean cameOnline() {
        return kind == Kind.CAME_ONLINE;
    }

    /** The resource went unavailable. */
    public boolean wentUnavailable() {
        return kind == Kind.WENT_UNAVAILABLE;
    }

    /** Since when the resource is in its current state. */
    public Instant since() {
        return since;
    }

    @Override
    public String toString() {
        return kind + " since " + since;
    }
}

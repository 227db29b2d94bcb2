package org.lastpresence.stamps;

import java.time.Instant;
import java.util.Objects;

/** A decided delay stamp: who states it ({@code from}) and the (already truncated) time. */
public final class Stamp {
    private final String from;
    private final Instant time;

    public Stamp(String from, Instant time) {
        this.from = Objects.requireNonNull(from);
        this.time = Objects.requireNonNull(time);
    }

    /** A stamp whose time is truncated to the precision. */
    public static Stamp of(String from, Instant time, StampPrecision precision) {
        return new Stamp(from, precision.truncate(time));
    }

    public String from() {
        return from;
    }

    public Instant time() {
        return time;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stamp && from.equals(((Stamp) other).from) && time.equals(((Stamp) other).time);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, time);
    }

    @Override
    public String toString() {
        return "Stamp{from=" + from + ", " + DelayStamps.format(time) + "}";
    }
}

package org.lastpresence;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the plugin did in each of the last 24 hours (UTC hours, from the injected clock), in memory: a ring of 24
 * hourly buckets per kind of activity. Counting is lock-free and allocation-free, for packet threads.
 */
public final class ActivityHistory {
    /** The kinds of activity kept. */
    public enum Kind { PRESENCE_RECORDED, PROBE_ANSWERED, PROBE_RATE_LIMITED }

    /** How many hours are kept, the current one included. */
    public static final int HOURS = 24;
    private static final long HOUR_MILLIS = 3_600_000L;
    // A bucket is one long: the hour it counts (hours since the epoch) above COUNT_BITS, its count below.
    private static final int COUNT_BITS = 40;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final Kind[] KINDS = Kind.values();

    private final Clock clock;
    private final AtomicLongArray buckets = new AtomicLongArray(KINDS.length * HOURS);

    public ActivityHistory(Clock clock) {
        this.clock = clock;
    }

    /** Counts one event of a kind in the current hour. */
    public void count(Kind kind) {
        long hour = Math.floorDiv(clock.millis(), HOUR_MILLIS);
        int slot = slot(kind, hour);
        while (true) {
            long current = buckets.get(slot);
            long bucketHour = current >>> COUNT_BITS;
            if (bucketHour > hour) {
                return; // a thread that stalled a whole day: its hour is out of the window already
            }
            long next = bucketHour == hour ? current + 1 : (hour << COUNT_BITS) | 1;
            if (buckets.compareAndSet(slot, current, next)) {
                return;
            }
        }
    }

    /** The counts of the last {@link #HOURS} hours, the current hour last. */
    public Day lastDay() {
        long now = Math.floorDiv(clock.millis(), HOUR_MILLIS);
        long first = now - HOURS + 1;
        long[][] counts = new long[KINDS.length][HOURS];
        for (Kind kind : KINDS) {
            for (int i = 0; i < HOURS; i++) {
                long hour = first + i;
                long bucket = buckets.get(slot(kind, hour));
                counts[kind.ordinal()][i] = (bucket >>> COUNT_BITS) == hour ? bucket & COUNT_MASK : 0;
            }
        }
        return new Day(Instant.ofEpochMilli(first * HOUR_MILLIS), counts);
    }

    private static int slot(Kind kind, long hour) {
        return kind.ordinal() * HOURS + (int) Math.floorMod(hour, (long) HOURS);
    }

    /** A copy of the last 24 hours' counts. */
    public static final class Day {
        private final Instant firstHour;
        private final long[][] counts;

        Day(Instant firstHour, long[][] counts) {
            this.firstHour = firstHour;
            this.counts = counts;
        }

        /** When the i-th hour began (0 = the oldest, {@code HOURS - 1} = the current one). */
        public Instant hour(int i) {
            return firstHour.plusMillis(i * HOUR_MILLIS);
        }

        public long count(Kind kind, int hour) {
            return counts[kind.ordinal()][hour];
        }

        /** The sum over the 24 hours. */
        public long total(Kind kind) {
            long sum = 0;
            for (long count : counts[kind.ordinal()]) {
                sum += count;
            }
            return sum;
        }

        /** The largest hourly count of any kind; 0 when nothing happened. */
        public long max() {
            long max = 0;
            for (long[] kind : counts) {
                for (long count : kind) {
                    max = Math.max(max, count);
                }
            }
            return max;
        }
    }
}

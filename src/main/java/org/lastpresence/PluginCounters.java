package org.lastpresence;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** Live counters since the plugin started, and the last 24 hours of some of them per hour, for the admin overview. */
public final class PluginCounters {
    private final ActivityHistory activity;
    private final AtomicLong presenceChanges = new AtomicLong();
    private final AtomicLong recordsStored = new AtomicLong();
    private final AtomicLong probesAnswered = new AtomicLong();
    private final AtomicLong probesRateLimited = new AtomicLong();
    private final AtomicLong stampsAdded = new AtomicLong();
    private final AtomicLong forgedDelaysRemoved = new AtomicLong();

    /** Counters whose hourly history follows the system clock. */
    public PluginCounters() {
        this(Clock.systemUTC());
    }

    public PluginCounters(Clock clock) {
        this.activity = new ActivityHistory(clock);
    }

    /** Presence changes recorded, probes answered and probes rate-limited, per hour over the last 24 hours. */
    public ActivityHistory activity() {
        return activity;
    }

    /** Changes of local resources' presence recorded (availability, show or status). */
    public long presenceChanges() {
        return presenceChanges.get();
    }

    public long recordsStored() {
        return recordsStored.get();
    }

    public long probesAnswered() {
        return probesAnswered.get();
    }

    public long probesRateLimited() {
        return probesRateLimited.get();
    }

    public long stampsAdded() {
        return stampsAdded.get();
    }

    public long forgedDelaysRemoved() {
        return forgedDelaysRemoved.get();
    }

    public void presenceChanged() {
        presenceChanges.incrementAndGet();
        activity.count(ActivityHistory.Kind.PRESENCE_RECORDED);
    }

    public void recordStored() {
        recordsStored.incrementAndGet();
    }

    public void probeAnswered() {
        probesAnswered.incrementAndGet();
        activity.count(ActivityHistory.Kind.PROBE_ANSWERED);
    }

    public void probeRateLimited() {
        probesRateLimited.incrementAndGet();
        activity.count(ActivityHistory.Kind.PROBE_RATE_LIMITED);
    }

    public void stampAdded() {
        stampsAdded.incrementAndGet();
    }

    public void forgedDelaysRemoved(int count) {
        forgedDelaysRemoved.addAndGet(count);
    }
}

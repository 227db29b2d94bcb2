package org.lastpresence;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters since the plugin started, shown on the admin overview. */
public final class PluginCounters {
    private final AtomicLong recordsStored = new AtomicLong();
    private final AtomicLong probesAnswered = new AtomicLong();
    private final AtomicLong probesRateLimited = new AtomicLong();
    private final AtomicLong stampsAdded = new AtomicLong();
    private final AtomicLong forgedDelaysRemoved = new AtomicLong();

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

    public void recordStored() {
        recordsStored.incrementAndGet();
    }

    public void probeAnswered() {
        probesAnswered.incrementAndGet();
    }

    public void probeRateLimited() {
        probesRateLimited.incrementAndGet();
    }

    public void stampAdded() {
        stampsAdded.incrementAndGet();
    }

    public void forgedDelaysRemoved(int count) {
        forgedDelaysRemoved.addAndGet(count);
    }
}

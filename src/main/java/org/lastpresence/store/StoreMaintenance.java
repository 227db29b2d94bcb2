package org.lastpresence.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lastpresence.settings.LiveSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store's own thread: writes queued changes in batches and purges expired records. */
public final class StoreMaintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreMaintenance.class);
    static final long FLUSH_INTERVAL_MILLIS = 500;
    static final long PURGE_INTERVAL_MINUTES = 10;
    private static final int FINAL_FLUSH_ATTEMPTS = 3;

    private final LastPresenceStore store;
    private final LiveSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lastpresence-store");
        thread.setDaemon(true);
        return thread;
    });

    public StoreMaintenance(LastPresenceStore store, LiveSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::flushQuietly, FLUSH_INTERVAL_MILLIS, FLUSH_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purge, 0, PURGE_INTERVAL_MINUTES, TimeUnit.MINUTES);
    }

    /** Purges the records older than the retention period now; returns how many were removed from memory. */
    public int purge() {
        Optional<Instant> cutoff = Retention.cutoff(clock.instant(), settings.retentionDays());
        if (cutoff.isEmpty()) {
            return 0;
        }
        try {
            int purged = store.purgeOlderThan(cutoff.get());
            if (purged > 0) {
                LOG.info("Purged {} last-presence records older than {}.", purged, cutoff.get());
            }
            return purged;
        } catch (StoreException | RuntimeException e) {
            LOG.warn("Could not purge expired last-presence records; retrying at the next run.", e);
            return 0;
        }
    }

    /** Stops the thread and writes what is still queued, so a restart loses nothing. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int attempt = 1; attempt <= FINAL_FLUSH_ATTEMPTS; attempt++) {
            if (store.flush()) {
                return;
            }
        }
        LOG.error("{} last-presence changes could not be written before shutdown.", store.pendingCount());
    }

    private void flushQuietly() {
        // A scheduled task that throws is never run again: flush() reports its own failures.
        try {
            store.flush();
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure while writing last-presence records.", e);
        }
    }
}

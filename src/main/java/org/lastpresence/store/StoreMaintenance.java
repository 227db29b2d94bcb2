package org.lastpresence.store;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.lastpresence.settings.LiveSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's own thread: writes queued changes in batches and purges expired records. At a stop it waits for the
 * database at most {@link #SHUTDOWN_WAIT}, and what it could not write goes into the pending-changes file, which
 * the next start takes back and deletes once written (S2).
 */
public final class StoreMaintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreMaintenance.class);
    static final long FLUSH_INTERVAL_MILLIS = 500;
    static final long PURGE_INTERVAL_MINUTES = 10;
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final LastPresenceStore store;
    private final LiveSettings settings;
    private final Clock clock;
    private final PendingChangesFile keptChanges;
    private final BooleanSupplier senior;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lastpresence-store");
        thread.setDaemon(true);
        return thread;
    });
    // Changes taken back from the file at start and not yet written: the file stays until they are.
    private volatile boolean restoredUnwritten;

    /** @param senior whether this node is the cluster's senior member, which alone purges (K3) */
    public StoreMaintenance(LastPresenceStore store, LiveSettings settings, Clock clock,
                            PendingChangesFile keptChanges, BooleanSupplier senior) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.keptChanges = keptChanges;
        this.senior = senior;
    }

    /** Takes back the changes kept at the last stop, then starts writing and purging. */
    public void start() {
        restore();
        executor.scheduleWithFixedDelay(this::flushQuietly, FLUSH_INTERVAL_MILLIS, FLUSH_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purge, 0, PURGE_INTERVAL_MINUTES, TimeUnit.MINUTES);
    }

    /** Purges the records older than the retention period now, on the senior member only; returns how many. */
    public int purge() {
        Optional<Instant> cutoff = Retention.cutoff(clock.instant(), settings.retentionDays());
        if (cutoff.isEmpty() || !senior.getAsBoolean()) {
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

    /**
     * Stops the thread and writes what is still queued, waiting for the database at most {@link #SHUTDOWN_WAIT};
     * what is still unwritten then is kept in the file for the next start.
     */
    @Override
    public void close() {
        executor.shutdown();
        // One deadline covers a flush that may be under way and the last one.
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        boolean written;
        try {
            written = executor.awaitTermination(SHUTDOWN_WAIT.toNanos(), TimeUnit.NANOSECONDS)
                    && finalFlush(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            written = false;
        }
        if (written) {
            deleteKeptChanges();
            return;
        }
        List<PendingChange> unwritten = store.pendingChanges();
        try {
            keptChanges.write(unwritten);
            LOG.warn("The database could not be reached at shutdown: {} last-presence changes are kept in {} and "
                    + "written at the next start.", unwritten.size(), keptChanges.path());
        } catch (IOException e) {
            LOG.error(unwritten.size() + " last-presence changes could neither be written to the database nor kept in "
                    + keptChanges.path(), e);
        }
    }

    private boolean finalFlush(long deadline) throws InterruptedException {
        // Bounded: a database that does not answer must not hold Openfire's shutdown.
        Thread writer = new Thread(store::flush, "lastpresence-final-flush");
        writer.setDaemon(true);
        writer.start();
        writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        return !writer.isAlive() && store.pendingCount() == 0;
    }

    private void restore() {
        try {
            List<PendingChange> kept = keptChanges.read();
            if (!kept.isEmpty()) {
                store.restore(kept);
                restoredUnwritten = true;
                LOG.info("Took back {} last-presence changes kept at the last stop from {}.", kept.size(),
                        keptChanges.path());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the last-presence changes kept in " + keptChanges.path()
                    + "; the file is left in place.", e);
        }
    }

    private void flushQuietly() {
        // A scheduled task that throws is never run again: flush() reports its own failures.
        try {
            if (store.flush() && restoredUnwritten) {
                restoredUnwritten = false;
                deleteKeptChanges();
            }
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure while writing last-presence records.", e);
        }
    }

    private void deleteKeptChanges() {
        try {
            keptChanges.delete();
        } catch (IOException e) {
            LOG.warn("Could not delete " + keptChanges.path()
                    + "; its changes are written and would be applied again at the next start.", e);
        }
    }
}

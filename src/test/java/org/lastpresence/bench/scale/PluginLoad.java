package org.lastpresence.bench.scale;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginListener;
import org.jivesoftware.openfire.container.PluginManager;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.PluginArchive;

/**
 * Installs the archive on a running server (like an upload) and times the plugin's start: from the moment
 * Openfire registers the new plugin object (it does so right before its schema check and initializePlugin) to its
 * plugin-created event (right after). The wait for the plugin monitor's next pass and the unpacking are not in it.
 */
final class PluginLoad {
    private static final long WATCH_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

    private PluginLoad() {
    }

    /** Installs the plugin and returns its start-up time in microseconds. */
    static long installAndTimeMicros(EmbeddedOpenfire openfire) {
        PluginManager plugins = openfire.server().getPluginManager();
        AtomicLong registered = new AtomicLong();
        AtomicLong created = new AtomicLong();
        PluginListener listener = new PluginListener() {
            @Override
            public void pluginCreated(String name, Plugin plugin) {
                if (EmbeddedOpenfire.PLUGIN_NAME.equals(name)) {
                    created.compareAndSet(0, System.nanoTime());
                }
            }

            @Override
            public void pluginDestroyed(String name, Plugin plugin) {
                // Only the start is timed.
            }
        };
        Thread watcher = new Thread(() -> {
            // Bounded by the install's own timeout: the thread ends when the plugin appears or the JVM ends.
            while (plugins.getPlugin(EmbeddedOpenfire.PLUGIN_NAME) == null && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(WATCH_NANOS);
            }
            registered.set(System.nanoTime());
        }, "scale-plugin-watcher");
        watcher.setDaemon(true);
        plugins.addPluginListener(listener);
        watcher.start();
        try {
            openfire.installPlugin(PluginArchive.fromSystemProperty(), Duration.ofMinutes(1));
            watcher.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while timing the plugin's start", e);
        } finally {
            plugins.removePluginListener(listener);
            watcher.interrupt();
        }
        if (registered.get() == 0 || created.get() == 0 || created.get() < registered.get()) {
            throw new IllegalStateException("Could not time the plugin's start (registered " + registered.get()
                    + ", created " + created.get() + ")");
        }
        return TimeUnit.NANOSECONDS.toMicros(created.get() - registered.get());
    }
}

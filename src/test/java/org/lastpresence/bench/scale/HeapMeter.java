package org.lastpresence.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.management.JMException;
import javax.management.ObjectName;

/** Heap figures of this JVM: used heap after full collections, and the plugin's own objects in a class histogram. */
final class HeapMeter {
    private static final int COLLECTIONS = 2;
    private static final int MAX_READINGS = 12;
    private static final long SETTLED_BYTES = 512 * 1024;
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    // The benchmark's and the IT harness's own classes share the package root but are not the plugin.
    private static final String[] NOT_PLUGIN = {"org.lastpresence.bench.", "org.lastpresence.it.",
        "org.lastpresence.demo."};

    private HeapMeter() {
    }

    /**
     * Used heap once it has settled: readings after full collections, a moment apart, until two in a row agree
     * within 512 KiB (at most 12). A server thread may briefly hold tens of MB (HSQLDB after opening a large
     * database), and one reading alone then says more about that thread than about the heap.
     */
    static long settledUsed() {
        long previous = usedAfterFullGc();
        for (int i = 1; i < MAX_READINGS; i++) {
            // A measurement pause, not a wait for a condition: the other threads get to finish what they hold.
            LockSupport.parkNanos(PAUSE_NANOS);
            long reading = usedAfterFullGc();
            if (Math.abs(reading - previous) < SETTLED_BYTES) {
                return Math.min(reading, previous);
            }
            previous = reading;
        }
        return previous;
    }

    /** Used heap after full collections: the lowest reading, the one least disturbed by other threads. */
    private static long usedAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }

    /**
     * Shallow bytes of every live instance of a plugin class (org.lastpresence.*), from the JVM's class histogram
     * (GC.class_histogram, which collects first). JDK objects the plugin holds (strings, maps) are not counted.
     */
    static long pluginObjectBytes() {
        String histogram;
        try {
            histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        }
        long bytes = 0;
        for (String line : histogram.split("\n")) {
            // "   12:          34           5678  org.lastpresence.Foo"
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":") && isPluginClass(columns[3])) {
                bytes += Long.parseLong(columns[2]);
            }
        }
        return bytes;
    }

    private static boolean isPluginClass(String name) {
        if (!name.startsWith("org.lastpresence.")) {
            return false;
        }
        for (String prefix : NOT_PLUGIN) {
            if (name.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}

package org.lastpresence.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import javax.management.JMException;
import javax.management.ObjectName;

/** Heap figures of this JVM: used heap after full collections, and the plugin's own objects in a class histogram. */
final class HeapMeter {
    private static final int COLLECTIONS = 5;
    // The benchmark's and the IT harness's own classes share the package root but are not the plugin.
    private static final String[] NOT_PLUGIN = {"org.lastpresence.bench.", "org.lastpresence.it.",
        "org.lastpresence.demo."};

    private HeapMeter() {
    }

    /** Used heap after several full collections: the lowest reading, the one least disturbed by other threads. */
    static long usedAfterFullGc() {
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

package org.lastpresence.bench.scale;

import java.nio.file.Paths;
import java.time.Duration;

import org.lastpresence.it.support.EmbeddedOpenfire;

/**
 * Child JVM, one repetition: boots Openfire without the plugin on a copy of a prepared home, then installs the
 * plugin while the server runs and prints its start-up time, the heap it added (after full collections) and the
 * shallow size of its own objects. Argument: home directory.
 */
public final class StartupMeasurement {
    private StartupMeasurement() {
    }

    public static void main(String[] args) {
        EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(Paths.get(args[0])).withoutPlugin()
                .timeout(Duration.ofMinutes(3)).start();
        long heapWithout = HeapMeter.settledUsed();
        long pluginObjectsWithout = HeapMeter.pluginObjectBytes();
        Figures.emit("startupMicros", PluginLoad.installAndTimeMicros(openfire));
        long heapWith = HeapMeter.settledUsed();
        Figures.emit("heapWithoutBytes", heapWithout);
        Figures.emit("heapDeltaBytes", heapWith - heapWithout);
        Figures.emit("pluginObjectBytes", HeapMeter.pluginObjectBytes() - pluginObjectsWithout);
        Figures.emit("cachedRecordsAtStart", RecordCache.entries());
        // The home is a scratch copy: no clean shutdown needed, and none spends time rewriting the database.
        Runtime.getRuntime().halt(0);
    }
}

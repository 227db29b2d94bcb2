package org.lastpresence.bench;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.lastpresence.PluginCounters;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.testing.MapProperties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** What a packet thread pays to read a setting and to count an event with its hourly history. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SettingsAndCountersBenchmark {
    private LiveSettings settings;
    private PluginCounters counters;

    @Setup
    public void setUp() {
        settings = new LiveSettings(new MapProperties().with("lastpresence.probe.burst", "30")
                .with("lastpresence.stamp.precision", "minute"));
        counters = new PluginCounters(Clock.systemUTC());
    }

    @Benchmark
    public int readAnIntSetting() {
        return settings.probeBurst();
    }

    @Benchmark
    public StampPrecision readAChoiceSetting() {
        return settings.stampPrecision();
    }

    @Benchmark
    public void countAProbeAnswered() {
        counters.probeAnswered();
    }
}

package org.lastpresence.bench.ab;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The benchmark's settings, from {@code -Dab.*} system properties (defaults: the full run) or the smoke preset. */
final class AbConfig {
    final String name;
    final int rounds;
    final LoadPlan plan;
    final Path outputDirectory;
    final boolean flightRecording;
    /** (b) runs without the plugin as well: the b/a ratios are then the benchmark's own noise. */
    final boolean control;

    AbConfig(String name, int rounds, LoadPlan plan, Path outputDirectory, boolean flightRecording,
             boolean control) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
        this.name = name;
        this.rounds = rounds;
        this.plan = plan;
        this.outputDirectory = outputDirectory;
        this.flightRecording = flightRecording;
        this.control = control;
    }

    /** The full run: 300 users with 20 contacts, 3 rounds each, ~6,000 deliveries/s at the fixed rate. */
    static AbConfig fromSystemProperties() {
        if (Boolean.getBoolean("ab.smoke")) {
            return smoke(output());
        }
        LoadPlan plan = new LoadPlan(Integer.getInteger("ab.users", 300), Integer.getInteger("ab.contacts", 20),
                Integer.getInteger("ab.absentEvery", 10), doubleProperty("ab.warmUpSeconds", 10),
                Integer.getInteger("ab.warmUpCycles", 8),
                doubleProperty("ab.fixedSeconds", 20),
                doubleProperty("ab.saturationSeconds", 10), doubleProperty("ab.probeSeconds", 10),
                doubleProperty("ab.rate", 6000), doubleProperty("ab.probeRate", 1500),
                Integer.getInteger("ab.window", 20000));
        return new AbConfig("ab-benchmark", Integer.getInteger("ab.rounds", 3), plan, output(),
                Boolean.getBoolean("ab.jfr"),
                Boolean.getBoolean("ab.control"));
    }

    /** One round each, 40 users, a few seconds per phase: proves every phase still completes. */
    static AbConfig smoke(Path outputDirectory) {
        LoadPlan plan = new LoadPlan(40, 6, 10, 1, 1, 2, 2, 2, 1000, 200, 2000);
        return new AbConfig("ab-smoke", 1, plan, outputDirectory, false, false);
    }

    private static Path output() {
        return Paths.get(System.getProperty("ab.out", "target")).toAbsolutePath().normalize();
    }

    private static double doubleProperty(String name, double fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value);
    }
}

package org.lastpresence.bench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * Runs the A/B benchmark in its smoke preset (one round each, 40 users, seconds per phase) so that it cannot rot:
 * every phase completes against both servers and every probe is answered. The figures are not asserted.
 */
class AbBenchmarkSmokeIT {
    @Test
    void everyPhaseCompletesWithAndWithoutThePluginAndEveryProbeIsAnswered() throws Exception {
        Path output = Paths.get(System.getProperty("lastpresence.testHome", "target/openfire-homes"));
        AbReport report = new AbBenchmark(AbConfig.smoke(output)).run();

        for (double ratio : report.ratios(Metric.PHASES_COMPLETED)) {
            assertEquals(1.0, ratio, "(a) and (b) completed the same phases");
        }
        String csv = Files.readString(output.resolve("ab-smoke.csv"));
        String[] lines = csv.split("\n");
        assertEquals(3, lines.length, csv);
        String[] columns = lines[0].split(",");
        for (int line = 1; line < lines.length; line++) {
            String[] values = lines[line].split(",", -1);
            assertEquals(Metric.PHASES, (int) Double.parseDouble(values[indexOf(columns, Metric.PHASES_COMPLETED)]),
                    "phases completed by " + values[1]);
            double sent = Double.parseDouble(values[indexOf(columns, Metric.PROBES_SENT)]);
            assertTrue(sent > 0, "probes were sent to " + values[1]);
            assertEquals(sent, Double.parseDouble(values[indexOf(columns, Metric.PROBES_ANSWERED)]),
                    "every probe answered by " + values[1]);
            assertTrue(Double.parseDouble(values[indexOf(columns, Metric.RELOGINS)]) > 0, "relogins on " + values[1]);
        }
    }

    private static int indexOf(String[] columns, Metric metric) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(metric.name())) {
                return i;
            }
        }
        throw new AssertionError("No column " + metric + " in the CSV");
    }
}

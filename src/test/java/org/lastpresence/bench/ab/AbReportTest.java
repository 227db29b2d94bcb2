package org.lastpresence.bench.ab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AbReportTest {
    @Test
    void ratiosPairRoundRWithRoundR() {
        AbReport report = new AbReport(List.of(cpu(10), cpu(20), cpu(40)), List.of(cpu(12), cpu(30), cpu(40)));
        assertArrayEquals(new double[] {1.2, 1.5, 1.0}, report.ratios(Metric.CPU_US_PER_DELIVERY), 1e-9);
    }

    @Test
    void minMedianMaxIgnoreMissingValues() {
        assertArrayEquals(new double[] {1.0, 1.2, 1.5}, AbReport.minMedianMax(new double[] {1.2, 1.5, 1.0}), 1e-9);
        assertArrayEquals(new double[] {1.0, 1.25, 2.0},
                AbReport.minMedianMax(new double[] {2.0, 1.0, 1.5, Double.NaN, 1.0}), 1e-9);
        assertArrayEquals(new double[] {3.0, 3.0, 3.0}, AbReport.minMedianMax(new double[] {3.0}), 1e-9);
        assertTrue(Double.isNaN(AbReport.minMedianMax(new double[] {Double.NaN})[1]));
    }

    @Test
    void spreadIsTheRangeOverTheMedian() {
        assertEquals(0.5, AbReport.spread(new double[] {8, 10, 13}), 1e-9);
        assertEquals(0.0, AbReport.spread(new double[] {7}), 1e-9);
        assertTrue(Double.isNaN(AbReport.spread(new double[] {0, 0})));
    }

    @Test
    void aZeroOrMissingBaseGivesNoRatio() {
        AbReport report = new AbReport(List.of(cpu(0), new EnumMap<>(Metric.class)), List.of(cpu(5), cpu(5)));
        double[] ratios = report.ratios(Metric.CPU_US_PER_DELIVERY);
        assertTrue(Double.isNaN(ratios[0]));
        assertTrue(Double.isNaN(ratios[1]));
    }

    @Test
    void tableShowsEveryRoundAndTheRatioColumns() {
        String table = new AbReport(List.of(cpu(10), cpu(20)), List.of(cpu(15), cpu(20))).table();
        String[] lines = table.split("\n");
        assertEquals(Metric.values().length + 1, lines.length);
        assertTrue(lines[0].matches("metric\\s+a1\\s+a2\\s+b1\\s+b2\\s+a spread\\s+b spread\\s+b/a min\\s+b/a median"
                + "\\s+b/a max"), lines[0]);
        String cpuLine = lineFor(lines, Metric.CPU_US_PER_DELIVERY);
        assertTrue(cpuLine.matches(".*\\s10\\.0\\s+20\\.0\\s+15\\.0\\s+20\\.0\\s+67%\\s+29%\\s+1\\.000\\s+1\\.250"
                + "\\s+1\\.500"), cpuLine);
        assertTrue(lineFor(lines, Metric.PROBES_SENT).trim().endsWith("-"), "no ratio for a count");
    }

    @Test
    void csvHasAHeaderAndOneLinePerRoundAndVariant() {
        String[] lines = new AbReport(List.of(cpu(10)), List.of(cpu(15))).csv().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("round,variant,IDLE_CPU_MS_PER_S,"), lines[0]);
        assertTrue(lines[1].startsWith("1,a,"), lines[1]);
        assertTrue(lines[2].contains(",15.0000,"), lines[2]);
        assertEquals(Metric.values().length + 2, lines[1].split(",", -1).length);
    }

    @Test
    void unevenRoundCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AbReport(List.of(cpu(1)), List.of()));
    }

    private static String lineFor(String[] lines, Metric metric) {
        for (String line : lines) {
            if (line.startsWith(metric.label)) {
                return line;
            }
        }
        throw new AssertionError("No line for " + metric);
    }

    private static Map<Metric, Double> cpu(double value) {
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        figures.put(Metric.CPU_US_PER_DELIVERY, value);
        return figures;
    }
}

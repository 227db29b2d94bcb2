package org.lastpresence.bench.ab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The A/B figures of all rounds: per metric, each round's (a) and (b) value, each variant's spread over the rounds
 * ((max - min) / median) and the b/a ratio's minimum, median and maximum over the rounds (round r's b divided by
 * round r's a), as a text table and as CSV.
 */
final class AbReport {
    private final List<Map<Metric, Double>> a;
    private final List<Map<Metric, Double>> b;

    AbReport(List<Map<Metric, Double>> a, List<Map<Metric, Double>> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("as many (a) rounds as (b) rounds needed: " + a.size() + " vs "
                    + b.size());
        }
        this.a = a;
        this.b = b;
    }

    /** Per round b/a of one metric (NaN where a value is missing or a is 0). */
    double[] ratios(Metric metric) {
        double[] ratios = new double[a.size()];
        for (int r = 0; r < ratios.length; r++) {
            double base = value(a.get(r), metric);
            ratios[r] = base == 0 ? Double.NaN : value(b.get(r), metric) / base;
        }
        return ratios;
    }

    /** Minimum, median (mean of the middle two for an even count) and maximum, ignoring NaN; NaNs when empty. */
    static double[] minMedianMax(double[] values) {
        double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (known.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int middle = known.length / 2;
        double median = known.length % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
        return new double[] {known[0], median, known[known.length - 1]};
    }

    /** How far the rounds of one variant are apart: (max - min) / median; NaN without a non-zero median. */
    static double spread(double[] values) {
        double[] range = minMedianMax(values);
        return range[1] == 0 ? Double.NaN : (range[2] - range[0]) / Math.abs(range[1]);
    }

    private static double[] values(List<Map<Metric, Double>> rounds, Metric metric) {
        return rounds.stream().mapToDouble(round -> value(round, metric)).toArray();
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    String table() {
        List<String> header = new ArrayList<>();
        header.add("metric");
        for (int r = 1; r <= a.size(); r++) {
            header.add("a" + r);
        }
        for (int r = 1; r <= b.size(); r++) {
            header.add("b" + r);
        }
        header.add("a spread");
        header.add("b spread");
        header.add("b/a min");
        header.add("b/a median");
        header.add("b/a max");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (Metric metric : Metric.values()) {
            List<String> row = new ArrayList<>();
            row.add(metric.label);
            a.forEach(round -> row.add(format(value(round, metric))));
            b.forEach(round -> row.add(format(value(round, metric))));
            if (metric.compared) {
                row.add(percent(spread(values(a, metric))));
                row.add(percent(spread(values(b, metric))));
                for (double ratio : minMedianMax(ratios(metric))) {
                    row.add(String.format(Locale.ROOT, "%.3f", ratio));
                }
            } else {
                for (int i = 0; i < 5; i++) {
                    row.add("");
                }
            }
            rows.add(row);
        }
        return align(rows);
    }

    /** One line per round and variant: {@code round,variant,METRIC...}. */
    String csv() {
        StringBuilder out = new StringBuilder("round,variant");
        for (Metric metric : Metric.values()) {
            out.append(',').append(metric.name());
        }
        out.append('\n');
        for (int r = 0; r < a.size(); r++) {
            csvLine(out, r + 1, "a", a.get(r));
            csvLine(out, r + 1, "b", b.get(r));
        }
        return out.toString();
    }

    private static void csvLine(StringBuilder out, int round, String variant, Map<Metric, Double> figures) {
        out.append(round).append(',').append(variant);
        for (Metric metric : Metric.values()) {
            double value = value(figures, metric);
            out.append(',').append(Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value));
        }
        out.append('\n');
    }

    private static double value(Map<Metric, Double> figures, Metric metric) {
        Double value = figures.get(metric);
        return value == null ? Double.NaN : value;
    }

    private static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 1000 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String align(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                if (c == 0) {
                    out.append(cell).append(" ".repeat(widths[c] - cell.length()));
                } else {
                    out.append("  ").append(" ".repeat(widths[c] - cell.length())).append(cell);
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}

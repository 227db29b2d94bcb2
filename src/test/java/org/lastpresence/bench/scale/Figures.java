package org.lastpresence.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a measuring child JVM reports ("name=value" lines, printed and appended to the file named by
 * {@value #FILE_PROPERTY}), and their median and spread over repetitions.
 */
final class Figures {
    static final String FILE_PROPERTY = "scale.figures";
    private static final String PREFIX = "SCALE ";

    private final Map<String, List<Long>> values = new LinkedHashMap<>();

    /** Prints one figure as the parent reads it. */
    static void emit(String name, long value) {
        String pair = name + "=" + value;
        System.out.println(PREFIX + pair);
        System.out.flush();
        String file = System.getProperty(FILE_PROPERTY);
        if (file != null) {
            try {
                Files.writeString(Paths.get(file), pair + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write figure to " + file, e);
            }
        }
    }

    /** Takes in every "name=value" line of a child's figures file. */
    void addAll(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read figures " + file, e);
        }
    }

    /** Takes in another repetition's figures. */
    void addAll(Figures other) {
        other.values.forEach((name, list) -> values.computeIfAbsent(name, key -> new ArrayList<>()).addAll(list));
    }

    private void add(String pair) {
        int equals = pair.indexOf('=');
        values.computeIfAbsent(pair.substring(0, equals), name -> new ArrayList<>())
                .add(Long.parseLong(pair.substring(equals + 1).trim()));
    }

    List<Long> all(String name) {
        List<Long> list = values.get(name);
        if (list == null) {
            throw new IllegalStateException("No figure " + name + " was measured");
        }
        return list;
    }

    long single(String name) {
        return all(name).get(0);
    }

    double median(String name) {
        List<Long> sorted = sorted(name);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Largest minus smallest. */
    long spread(String name) {
        List<Long> sorted = sorted(name);
        return sorted.get(sorted.size() - 1) - sorted.get(0);
    }

    private List<Long> sorted(String name) {
        List<Long> sorted = new ArrayList<>(all(name));
        Collections.sort(sorted);
        return sorted;
    }

    /** "median M (min A, max B, n N)" in the given unit, values divided by {@code divisor}. */
    String summary(String name, long divisor, String unit) {
        List<Long> sorted = sorted(name);
        int n = sorted.size();
        double median = median(name);
        String suffix = unit.isEmpty() ? "" : " " + unit;
        return String.format("median %s%s (min %s, max %s, n=%d)", format(median / divisor), suffix,
                format((double) sorted.get(0) / divisor), format((double) sorted.get(n - 1) / divisor), n);
    }

    private static String format(double value) {
        return Math.abs(value) >= 100 || value == Math.rint(value) ? String.format("%,.0f", value)
                : String.format("%.2f", value);
    }
}

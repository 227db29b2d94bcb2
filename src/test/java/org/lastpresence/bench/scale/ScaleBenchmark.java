package org.lastpresence.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lastpresence.it.support.ChildJvm;

/**
 * Scale figures of the plugin on a real embedded Openfire 4.2.0 ({@code mvn -B -Pscale package}): start-up time and
 * heap with 0 and 1,000,000 stored records, a probe answered from the database, heap per cached record and the
 * record cache's size bound. Every measurement runs in a fresh child JVM on a copy of a home prepared once per
 * record count. Prints the figures and writes them to {@code -Dscale.report} (target/scale-benchmark.txt).
 */
public final class ScaleBenchmark {
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(5);

    private final Path work;
    private final List<Integer> counts;
    private final int repetitions;
    private final int cacheSizeMb;
    private final int measuredEntries;
    private final int filledEntries;
    private final List<String> report = new ArrayList<>();

    private ScaleBenchmark() {
        work = Paths.get(System.getProperty("scale.work", "target/scale-homes")).toAbsolutePath().normalize();
        counts = Stream.of(System.getProperty("scale.counts", "0,1000000").split(","))
                .map(String::trim).map(Integer::valueOf).collect(Collectors.toList());
        repetitions = Integer.getInteger("scale.repetitions", 3);
        cacheSizeMb = Integer.getInteger("scale.cacheSizeMB", 16);
        measuredEntries = Integer.getInteger("scale.measuredEntries", 40_000);
        filledEntries = Integer.getInteger("scale.filledEntries", 150_000);
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        ScaleBenchmark benchmark = new ScaleBenchmark();
        benchmark.run();
        benchmark.line("");
        benchmark.line("whole run: " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
        Path out = Paths.get(System.getProperty("scale.report", "target/scale-benchmark.txt"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, benchmark.report, StandardCharsets.UTF_8);
        System.out.println();
        benchmark.report.forEach(System.out::println);
        System.out.println("(written to " + out.toAbsolutePath() + ")");
    }

    private void run() {
        line("Last Presence scale benchmark: embedded Openfire 4.2.0 on HSQLDB, JDK "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; each measurement in a fresh JVM");
        Map<Integer, Path> homes = new LinkedHashMap<>();
        for (int count : counts) {
            delete(home(count));
            Figures prepared = childFigures(PrepareHome.class, "prepare-" + count, home(count).toString(),
                    Integer.toString(count));
            removePlugin(home(count));
            homes.put(count, home(count));
            line(String.format("prepared home with %,d records (rows inserted by JDBC batches in %,d ms)", count,
                    prepared.single("insertMillis")));
        }

        line("");
        line("1. Plugin start-up (Openfire registers the plugin -> plugin-created event: schema check and "
                + "initializePlugin) and heap it adds (used heap after full GCs, with minus without the plugin), "
                + repetitions + " repetitions:");
        Map<Integer, Figures> startups = new LinkedHashMap<>();
        for (Map.Entry<Integer, Path> home : homes.entrySet()) {
            Figures startup = new Figures();
            for (int i = 0; i < repetitions; i++) {
                Path scratch = scratchCopy(home.getValue());
                startup.addAll(childFigures(StartupMeasurement.class, "startup-" + home.getKey() + "-" + i,
                        scratch.toString()));
            }
            startups.put(home.getKey(), startup);
            line(String.format("   %,9d records: start-up       %s", home.getKey(),
                    startup.summary("startupMicros", 1000, "ms")));
            line("                      heap added     " + startup.summary("heapDeltaBytes", 1024, "KiB"));
            line("                      plugin objects " + startup.summary("pluginObjectBytes", 1024, "KiB")
                    + " (shallow, org.lastpresence classes in a class histogram)");
            line("                      records cached at start " + startup.summary("cachedRecordsAtStart", 1, "")
                    + "; server heap without the plugin " + startup.summary("heapWithoutBytes", 1024 * 1024,
                    "MiB"));
        }
        if (startups.size() > 1) {
            Figures fewest = startups.get(counts.stream().min(Comparator.naturalOrder()).orElseThrow());
            Figures most = startups.get(counts.stream().max(Comparator.naturalOrder()).orElseThrow());
            line(String.format("   most vs fewest records: start-up %+.2f ms (spread within one count up to %.2f ms);"
                    + " heap added %+,d KiB (spread up to %,d KiB)",
                    (most.median("startupMicros") - fewest.median("startupMicros")) / 1000,
                    Math.max(most.spread("startupMicros"), fewest.spread("startupMicros")) / 1000.0,
                    Math.round((most.median("heapDeltaBytes") - fewest.median("heapDeltaBytes")) / 1024),
                    Math.max(most.spread("heapDeltaBytes"), fewest.spread("heapDeltaBytes")) / 1024));
        }

        int largest = counts.stream().max(Comparator.naturalOrder()).orElseThrow();
        if (largest < 1_000_000) {
            line("");
            line("2. and 3. need the home with 1,000,000 records (scale.counts has none)");
            return;
        }
        Figures cache = childFigures(RecordCacheMeasurement.class, "record-cache", scratchCopy(homes.get(largest))
                .toString(), Integer.toString(cacheSizeMb), Integer.toString(measuredEntries),
                Integer.toString(filledEntries));
        List<Long> answered = cache.all("probeAnsweredWithStoredRecord");
        line("");
        line(String.format("2. Probe of a user whose record is only in the table (%,d records; %d users, each "
                + "probed twice by a subscribed client over XMPP):", largest, cache.all("probeCachedBefore").size()));
        line(String.format("   in the record cache before the first probe: %d of %d; after it: %d of %d",
                sum(cache.all("probeCachedBefore")), cache.all("probeCachedBefore").size(),
                sum(cache.all("probeCachedAfter")), cache.all("probeCachedAfter").size()));
        line(String.format("   answered with the stored status and delay stamp: %d of %d probes", sum(answered),
                answered.size()));
        line("   round trip, first probe (read from the database): " + cache.summary("probeFromDatabaseMicros",
                1000, "ms"));
        line("   round trip, second probe (from the cache):        " + cache.summary("probeFromCacheMicros",
                1000, "ms"));

        line("");
        line(String.format("3. Record cache filled through the plugin's read-through store (lastpresence.cache.sizeMB"
                + "=%d, Openfire's max size %,d bytes):", cacheSizeMb, cache.single("cacheMaxBytes")));
        line(String.format("   %,d entries: %,d bytes of heap per cached entry (Openfire's own size estimate: %,d "
                + "bytes); read-through %,d us per record", cache.single("measuredEntries"),
                cache.single("heapBytesPerEntry"), cache.single("openfireEstimateBytesPerEntry"),
                cache.single("fillMicrosPerRecord")));
        List<Long> read = cache.all("boundRead");
        List<Long> entries = cache.all("boundEntries");
        List<Long> estimate = cache.all("boundEstimateBytes");
        for (int i = 0; i < read.size(); i++) {
            line(String.format("   after reading %,9d records: %,7d entries cached, Openfire's size %,11d bytes",
                    read.get(i), entries.get(i), estimate.get(i)));
        }
        long maxEntries = entries.stream().max(Comparator.naturalOrder()).orElseThrow();
        boolean bounded = estimate.stream().allMatch(bytes -> bytes <= cache.single("cacheMaxBytes"))
                && maxEntries < read.get(read.size() - 1);
        line(String.format("   size bound held: %s (at most %,d entries for %,d records read)", bounded ? "yes" : "NO",
                maxEntries, read.get(read.size() - 1)));
        line(String.format("   heap of the full cache: %,d KiB for %,d entries (%,d bytes per entry), %.1f times the"
                + " configured size", cache.single("boundHeapBytes") / 1024, cache.single("boundFinalEntries"),
                cache.single("boundHeapBytes") / cache.single("boundFinalEntries"),
                (double) cache.single("boundHeapBytes") / cache.single("cacheMaxBytes")));
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private Path home(int count) {
        return work.resolve("records-" + count);
    }

    /** A fresh copy of a prepared home: the measurement's boot and plugin install never change the original. */
    private Path scratchCopy(Path home) {
        Path scratch = work.resolve("scratch");
        delete(scratch);
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = scratch.resolve(home.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + home, e);
        }
        return scratch;
    }

    /** The prepared home keeps the plugin's table and schema version, not the plugin itself. */
    private static void removePlugin(Path home) {
        delete(home.resolve("plugins/lastpresence.jar"));
        delete(home.resolve("plugins/lastpresence"));
    }

    private Figures childFigures(Class<?> main, String name, String... args) {
        Path file = work.resolve("figures-" + name + ".txt");
        delete(file);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + work, e);
        }
        // Serial GC and soft references cleared at every collection: used heap after System.gc() is then the
        // live heap, the same from one reading to the next (G1 kept soft-referenced caches for a while: +-30 MB).
        int exit = ChildJvm.of(main).args(args).systemProperty(Figures.FILE_PROPERTY, file.toString())
                .jvmOption("-XX:+UseSerialGC").jvmOption("-XX:SoftRefLRUPolicyMSPerMB=0").timeout(CHILD_TIMEOUT).run();
        if (exit != 0 || !Files.exists(file)) {
            throw new IllegalStateException(main.getSimpleName() + " (" + name + ") ended with " + exit
                    + " and figures " + (Files.exists(file) ? "written" : "missing") + "; see its output above");
        }
        Figures figures = new Figures();
        figures.addAll(file);
        return figures;
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    private void line(String text) {
        report.add(text);
        System.out.println(text);
    }
}

package org.lastpresence.bench.ab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.ChildJvm;
import org.lastpresence.it.support.FreePort;

/**
 * The A/B benchmark ({@code mvn -B -Pab verify}): prepares one Openfire home with the ring's accounts, then per
 * round boots Openfire without (a) and with (b) the plugin (a first in odd rounds, b first in even ones), each in
 * its own JVM on a fresh copy of that home, drives it from a load-generator JVM and prints the figures and the b/a
 * ratios; writes {@code <name>.txt} and {@code <name>.csv} to the output directory.
 */
public final class AbBenchmark {
    /** The same heap and collector for (a) and (b). */
    private static final List<String> SERVER_JVM = List.of("-Xms1g", "-Xmx1g", "-XX:+UseG1GC");
    private static final List<String> LOAD_JVM = List.of("-Xmx512m", "-XX:+UseG1GC");
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(3);

    private final AbConfig config;
    private final Path work;
    private final Set<Process> servers = ConcurrentHashMap.newKeySet();

    AbBenchmark(AbConfig config) {
        this.config = config;
        this.work = config.outputDirectory.resolve(config.name);
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        new AbBenchmark(AbConfig.fromSystemProperties()).run();
        System.out.println("A/B benchmark took " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
    }

    /** Runs every round and returns the report; every server JVM is gone when it returns or throws. */
    AbReport run() {
        Thread killer = new Thread(this::killServers, "ab-kill-servers");
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            deleteRecursively(work);
            Files.createDirectories(work);
            Path template = work.resolve("template-home");
            prepare(template);
            List<Map<Metric, Double>> a = new ArrayList<>();
            List<Map<Metric, Double>> b = new ArrayList<>();
            for (int round = 1; round <= config.rounds; round++) {
                // The control run's (b) is a second server without the plugin: the ratios then show the noise.
                String bMode = config.control ? "a" : "b";
                // a b, b a, a b, ...: the run that comes second in a round was measured 1-2% slower in the control
                // run, so each variant takes that place in every other round.
                if (round % 2 == 1) {
                    a.add(runOnce(template, "a", "a" + round, round));
                    b.add(runOnce(template, bMode, "b" + round, round));
                } else {
                    b.add(runOnce(template, bMode, "b" + round, round));
                    a.add(runOnce(template, "a", "a" + round, round));
                }
                System.out.println("=== round " + round + " of " + config.rounds + "\n"
                        + new AbReport(List.of(a.get(round - 1)), List.of(b.get(round - 1))).table());
            }
            AbReport report = new AbReport(a, b);
            String text = describe() + "\n" + report.table();
            Files.writeString(config.outputDirectory.resolve(config.name + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(config.outputDirectory.resolve(config.name + ".csv"), report.csv(),
                    StandardCharsets.UTF_8);
            System.out.println("=== all rounds (written to " + config.outputDirectory.resolve(config.name + ".txt")
                    + " and .csv)\n" + text);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            killServers();
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs anyway.
            }
        }
    }

    private String describe() {
        LoadPlan plan = config.plan;
        String variants = config.control
                ? "without Last Presence in both (a) and (b): a control run of the benchmark's own noise"
                : "without (a) and with (b) Last Presence";
        return String.format(java.util.Locale.ROOT, "A/B benchmark: Openfire 4.2.0 %s; %d users, %d contacts each "
                + "(both ways), every %dth user absent with a record; %d round(s); warm-up cycles of %.0f s and a "
                + "relogin, at most %d, until the JIT compiler is quiet; fixed rate %.0f deliveries/s for %.0f s, "
                + "saturation for %.0f s (window %d), probes %.0f/s for %.0f s; server JVM %s; CPU = server process "
                + "CPU time%n", variants, plan.users, plan.contacts, plan.absentEvery, config.rounds,
                plan.warmUpSeconds, plan.warmUpCycles, plan.deliveriesPerSecond, plan.fixedSeconds,
                plan.saturationSeconds, plan.saturationWindow, plan.probesPerSecond, plan.probeSeconds,
                String.join(" ", SERVER_JVM));
    }

    private void prepare(Path template) {
        LoadPlan plan = config.plan;
        int exit = ChildJvm.of(AbServer.class).jvmOptions(SERVER_JVM)
                .args("prepare", template.toString(), Integer.toString(plan.users), Integer.toString(plan.contacts),
                        Integer.toString(plan.absentEvery))
                .timeout(Duration.ofMinutes(15)).run();
        if (exit != 0) {
            throw new IllegalStateException("Preparing the accounts failed (exit " + exit + ")");
        }
    }

    /**
     * @param variant the server's mode, a (without the plugin) or b (with it)
     * @param run     the run's name in files and the report: a1, b1, ...
     */
    private Map<Metric, Double> runOnce(Path template, String variant, String run, int round) throws IOException {
        Path home = work.resolve("home-" + run);
        copyRecursively(template, home);
        Path ready = work.resolve("ready-" + run);
        Path result = work.resolve("result-" + run + ".properties");
        int port = FreePort.find();
        ChildJvm server = ChildJvm.of(AbServer.class).jvmOptions(SERVER_JVM)
                .args(variant, home.toString(), Integer.toString(port), ready.toString());
        if (config.flightRecording && round == 1) {
            // Both variants, so that what differs (threads' CPU, GC, compilation) can be compared, not only read.
            Path recording = config.outputDirectory.resolve(config.name + "-" + run + ".jfr");
            // Sampled every millisecond: a profile that tells the plugin's share of a few percent.
            server.jvmOption("-XX:StartFlightRecording=filename=" + recording
                    + ",settings=profile,method-profiling=max,dumponexit=true");
            System.out.println("flight recording of round " + run + ": " + recording);
        }
        Process process = server.startProcess();
        servers.add(process);
        try {
            Await.until("server " + run + " to boot (or die)", BOOT_LIMIT,
                    () -> Files.exists(ready) || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("Server " + run + " ended during boot (exit "
                        + process.exitValue() + ")");
            }
            List<String> args = new ArrayList<>(List.of(Integer.toString(port), Long.toString(process.pid()), variant,
                    result.toString()));
            args.addAll(config.plan.asArgs());
            int exit = ChildJvm.of(AbLoad.class).jvmOptions(LOAD_JVM).args(args.toArray(new String[0]))
                    .timeout(Duration.ofMinutes(15)).run();
            if (exit != 0 || !Files.exists(result)) {
                throw new IllegalStateException("Load run " + run + " failed (exit " + exit
                        + "), see its output above");
            }
            return readResult(result);
        } finally {
            stop(process);
            servers.remove(process);
            deleteRecursively(home);
        }
    }

    private static Map<Metric, Double> readResult(Path result) throws IOException {
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        for (String line : Files.readAllLines(result, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                figures.put(Metric.valueOf(line.substring(0, eq)), Double.parseDouble(line.substring(eq + 1)));
            }
        }
        return figures;
    }

    /** SIGTERM first (a flight recording is dumped on exit), then SIGKILL. */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void killServers() {
        for (Process process : servers) {
            process.destroyForcibly();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}

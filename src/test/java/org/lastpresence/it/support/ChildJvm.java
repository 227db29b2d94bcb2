package org.lastpresence.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a {@code main} class in a child JVM with this JVM's class path, its {@code --add-opens/--add-exports}
 * flags and the harness system properties, forwarding the child's output line by line to {@code System.out}
 * (failsafe captures that; the child writing straight to the fork's stdout would corrupt its channel).
 * Used for a second server on the same home (the first one runs in a child JVM, the second in the test JVM) and
 * for a second cluster node that keeps running ({@link #start()}).
 */
public final class ChildJvm {
    /** Harness properties that failsafe sets at runtime (not as JVM flags), so they must be passed on. */
    private static final List<String> FORWARDED_PROPERTIES =
            List.of(PluginArchive.PROPERTY, TestHomes.PROPERTY, "log4j.configuration");

    private final Class<?> mainClass;
    private final List<String> args = new ArrayList<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private Duration timeout = Duration.ofMinutes(2);

    private ChildJvm(Class<?> mainClass) {
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
    }

    /** A child JVM that will run {@code mainClass.main(args)}. */
    public static ChildJvm of(Class<?> mainClass) {
        return new ChildJvm(mainClass);
    }

    public ChildJvm args(String... arguments) {
        args.addAll(Arrays.asList(arguments));
        return this;
    }

    /** A JVM flag for the child (e.g. a garbage collector choice), after the forwarded ones. */
    public ChildJvm jvmArg(String flag) {
        jvmArgs.add(flag);
        return this;
    }

    public ChildJvm systemProperty(String name, String value) {
        systemProperties.put(name, value);
        return this;
    }

    public ChildJvm timeout(Duration limit) {
        this.timeout = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /** Runs the child to its end and returns its exit code; kills it and throws an AssertionError on timeout. */
    public int run() {
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start child JVM for " + mainClass.getName(), e);
        }
        Thread pump = forwardOutput(process, line -> { });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("Child JVM " + mainClass.getName() + " did not finish within "
                        + timeout.toMillis() + " ms and was killed");
            }
            // The pump ends at end of stream, right after the process; bounded so a stuck pipe cannot hang a test.
            pump.join(TimeUnit.SECONDS.toMillis(10));
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for child JVM " + mainClass.getName(), e);
        }
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens") || argument.startsWith("--add-exports")) {
                command.add(argument);
            }
        }
        for (String name : FORWARDED_PROPERTIES) {
            String value = System.getProperty(name);
            if (value != null && !systemProperties.containsKey(name)) {
                command.add("-D" + name + "=" + value);
            }
        }
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(args);
        return command;
    }

    /**
     * The test class path. Under surefire/failsafe {@code java.class.path} may be just the manifest-only booter
     * jar; {@code surefire.test.class.path} then holds the real entries.
     */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /**
     * Starts the child and returns at once: a child that keeps running (a second cluster node) and that the test
     * talks to through its standard input and output lines.
     */
    public Running start() {
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start child JVM for " + mainClass.getName(), e);
        }
        Running running = new Running(mainClass.getSimpleName(), process);
        forwardOutput(process, running::record);
        return running;
    }

    /** A child JVM started with {@link #start()}: lines to its standard input, its output lines awaited. */
    public static final class Running implements AutoCloseable {
        private final String name;
        private final Process process;
        private final List<String> lines = new ArrayList<>();

        private Running(String name, Process process) {
            this.name = name;
            this.process = process;
        }

        private synchronized void record(String line) {
            lines.add(line);
            notifyAll();
        }

        /** Waits for an output line starting with {@code prefix} and returns it; an AssertionError at the deadline. */
        public String awaitLine(String prefix, Duration timeout) {
            return awaitLine("'" + prefix + "'", line -> line.startsWith(prefix), timeout);
        }

        /** Waits for an output line that matches and returns it; an AssertionError naming {@code what} if none. */
        public synchronized String awaitLine(String what, Predicate<String> matching, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int next = 0;
            while (true) {
                for (; next < lines.size(); next++) {
                    if (matching.test(lines.get(next))) {
                        return lines.get(next);
                    }
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0 || !process.isAlive()) {
                    throw new AssertionError("Child JVM " + name + (process.isAlive() ? " printed no line "
                            + what + " within " + timeout.toMillis() + " ms" : " ended before printing "
                            + what) + "; see its output above");
                }
                try {
                    // Woken by record(); the deadline (or the child's end, checked each second) bounds the wait.
                    wait(Math.max(1, Math.min(1000, remaining / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for child JVM " + name, e);
                }
            }
        }

        /** Writes one line to the child's standard input. */
        public void send(String line) {
            try {
                process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write to child JVM " + name, e);
            }
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** Waits for the child to end and returns its exit code; kills it and throws an AssertionError on timeout. */
        public int awaitExit(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill();
                    throw new AssertionError("Child JVM " + name + " did not end within " + timeout.toMillis()
                            + " ms and was killed");
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new AssertionError("Interrupted while waiting for child JVM " + name, e);
            }
        }

        /** Kills the child at once (SIGKILL): as if its machine lost power. */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                kill();
            }
        }
    }

    private Thread forwardOutput(Process process, Consumer<String> lineSink) {
        String prefix = "[" + mainClass.getSimpleName() + "] ";
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println(prefix + line);
                    lineSink.accept(line);
                }
            } catch (IOException e) {
                System.out.println(prefix + "(output lost: " + e + ")");
            }
        }, "child-jvm-output-" + mainClass.getSimpleName());
        pump.setDaemon(true);
        pump.start();
        return pump;
    }
}

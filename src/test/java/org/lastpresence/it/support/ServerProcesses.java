package org.lastpresence.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The shell-level chores of the database servers' support classes: commands, users, directories, log tails. */
final class ServerProcesses {
    private ServerProcesses() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** {@code command}, run as {@code user} through runuser when this JVM is root (servers refusing root). */
    static List<String> as(String user, List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Runs a command to its end, its output appended to {@code log}; throws with the log's tail unless it exits 0. */
    static void run(String what, List<String> command, Path log, Duration timeout) {
        int exit = exitCode(command, log, timeout);
        if (exit != 0) {
            throw new IllegalStateException(what + " failed (exit " + exit + "): " + command + "\n" + tail(log));
        }
    }

    /** Runs a command to its end, its output appended to {@code log}, and returns its exit code. */
    static int exitCode(List<String> command, Path log, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + timeout.toMillis() + " ms: " + command);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + command, e);
        }
    }

    /** The last lines of a server's log, for a failure message. */
    static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no " + log + ")";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** An empty directory; a leftover from an earlier run is deleted first. */
    static Path freshDirectory(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    static void chown(Path path, String user) {
        try {
            UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            Files.setOwner(path, owner);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot give " + path + " to " + user
                    + " (a system user the database package creates)", e);
        }
    }

    /** Stops {@code server} when the JVM exits, should a test end without closing it. */
    static Thread stopAtExit(String name, Runnable stop) {
        Thread hook = new Thread(stop, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void forgetAtExit(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing to forget.
        }
    }
}

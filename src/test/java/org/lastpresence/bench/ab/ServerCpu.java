package org.lastpresence.bench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The server process's CPU split by what its threads do (Linux {@code /proc/<pid>/task}): a difference between the
 * variants is then told as the JIT's, the collector's or the packet threads' own, not only read as a total.
 */
final class ServerThreads {
    /** What a thread of the server JVM does, told from its name. */
    enum Kind {
        COMPILER, GC, PLUGIN, PACKETS;

        static Kind of(String name) {
            if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                return COMPILER;
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
                return GC;
            }
            if (name.startsWith("lastpresence")) {
                return PLUGIN;
            }
            return PACKETS;
        }
    }

    /** Ticks of 10 ms per kind, as {@code /proc} counts them. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Path tasks;

    ServerThreads(long pid) {
        this.tasks = Paths.get("/proc", Long.toString(pid), "task");
    }

    /** CPU time per kind of thread so far, in nanoseconds; empty where {@code /proc} is not there. */
    Map<Kind, Long> cpuNanos() {
        Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
        if (!Files.isDirectory(tasks)) {
            return byKind;
        }
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                add(byKind, thread.resolve("stat"));
            }
        } catch (IOException e) {
            return new EnumMap<>(Kind.class);
        }
        return byKind;
    }

    private static void add(Map<Kind, Long> byKind, Path stat) throws IOException {
        String line;
        try {
            line = Files.readString(stat, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            // The thread ended between the listing and the read: its time is gone with it.
            return;
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String name = line.substring(open + 1, close);
        // After the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime.
        String[] fields = line.substring(close + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        byKind.merge(Kind.of(name), ticks * NANOS_PER_TICK, Long::sum);
    }

    /** What one kind of thread used between two snapshots, in nanoseconds. */
    static long used(Map<Kind, Long> before, Map<Kind, Long> after, Kind kind) {
        return after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L);
    }

    /** "compiler 120 ms, gc 30 ms, ..." for what each kind used between two snapshots. */
    static String difference(Map<Kind, Long> before, Map<Kind, Long> after) {
        StringBuilder text = new StringBuilder();
        for (Kind kind : Kind.values()) {
            long nanos = used(before, after, kind);
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(nanos / 1_000_000).append(" ms");
        }
        return text.toString();
    }
}

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
 * The server process's CPU time, in total (utime + stime) and split by what its threads do (Linux
 * {@code /proc/<pid>/task}): a difference between the variants is then told as the JIT's, the collector's or the
 * packet threads' own, not only read as a total.
 */
final class ServerCpu {
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

    /** {@code /proc} counts in ticks of 10 ms. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final ProcessHandle server;
    private final Path tasks;

    ServerCpu(ProcessHandle server) {
        this.server = server;
        this.tasks = Paths.get("/proc", Long.toString(server.pid()), "task");
    }

    /** The server's CPU so far: a phase's use is what it used since a mark taken at its start. */
    Mark mark() {
        return new Mark(totalNanos(), byKind());
    }

    /** The CPU used up to one moment, to subtract from later. */
    final class Mark {
        private final long total;
        private final Map<Kind, Long> kinds;

        private Mark(long total, Map<Kind, Long> kinds) {
            this.total = total;
            this.kinds = kinds;
        }

        /** The server's CPU time since this mark, in nanoseconds. */
        long usedNanos() {
            return totalNanos() - total;
        }

        /** What one kind of thread used since this mark, in nanoseconds. */
        long usedNanos(Kind kind) {
            return byKind().getOrDefault(kind, 0L) - kinds.getOrDefault(kind, 0L);
        }

        /** " (compiler 120 ms, gc 30 ms, ...)": what each kind used since this mark. */
        String split() {
            Map<Kind, Long> now = byKind();
            StringBuilder text = new StringBuilder(" (");
            for (Kind kind : Kind.values()) {
                if (kind.ordinal() > 0) {
                    text.append(", ");
                }
                long nanos = now.getOrDefault(kind, 0L) - kinds.getOrDefault(kind, 0L);
                text.append(kind.name().toLowerCase(Locale.ROOT)).append(' ').append(nanos / 1_000_000).append(" ms");
            }
            return text.append(')').toString();
        }
    }

    /** utime + stime of the whole process (from /proc/<pid>/stat, through ProcessHandle). */
    private long totalNanos() {
        return server.info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("No CPU time for server process " + server.pid()))
                .toNanos();
    }

    /** CPU time per kind of thread so far; empty where {@code /proc} is not there. */
    private Map<Kind, Long> byKind() {
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
}

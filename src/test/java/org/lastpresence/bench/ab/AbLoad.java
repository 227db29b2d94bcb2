package org.lastpresence.bench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The load generator's JVM: {@code AbLoad <port> <server pid> <a|b> <result file> <plan...>}. Runs every phase
 * against the server and writes {@code METRIC=value} lines; exits non-zero when a phase did not complete.
 */
public final class AbLoad {
    private AbLoad() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        ProcessHandle server = ProcessHandle.of(Long.parseLong(args[1]))
                .orElseThrow(() -> new IllegalStateException("No server process " + args[1]));
        boolean withPlugin = "b".equals(args[2]);
        Path result = Paths.get(args[3]);
        LoadPlan plan = LoadPlan.fromArgs(args, 4);
        Map<Metric, Double> figures;
        try (LoadLoop loop = new LoadLoop(port)) {
            figures = new LoadRun(plan, withPlugin, server, loop).run();
        }
        Files.writeString(result, figures.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
    }
}

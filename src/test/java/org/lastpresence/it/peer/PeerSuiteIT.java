package org.lastpresence.it.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lastpresence.it.support.ChildJvm;

/**
 * Smack's own integration test suite (smack-integration-test) against Openfire 4.2.0 without and with the plugin,
 * each server in its own child JVM: a test that passes without the plugin must pass with it. Writes
 * {@code target/peer-suite/without-plugin.txt}, {@code with-plugin.txt} and {@code comparison.txt}; the framework's
 * logs with every stanza are next to them ({@code *.log}).
 */
class PeerSuiteIT {
    /** Re-runs, with the plugin, of a test that passed only without it, before it counts as a regression. */
    private static final int RETRIES = 3;

    private static final Path OUT = Paths.get(System.getProperty("peersuite.dir", "target/peer-suite"))
            .toAbsolutePath();
    private static final Path RUNNER = Paths.get(System.getProperty("peersuite.runner",
            "src/test/sinttest/SinttestRunner.java")).toAbsolutePath();
    private static final Path FRAMEWORK_CLASSPATH = OUT.resolve("framework.classpath");

    @Test
    void everyTestThatPassesWithoutThePluginPassesWithIt() throws IOException {
        assertTrue(Files.isRegularFile(FRAMEWORK_CLASSPATH), FRAMEWORK_CLASSPATH + " is missing: the "
                + "exec-maven-plugin execution peer-suite-classpath (pre-integration-test) writes it");
        SuiteRun without = run(PeerSuiteMode.WITHOUT_PLUGIN, PeerSuiteMode.WITHOUT_PLUGIN.id(), null);
        SuiteRun with = run(PeerSuiteMode.WITH_PLUGIN, PeerSuiteMode.WITH_PLUGIN.id(), null);
        write("without-plugin.txt", listing(without));
        write("with-plugin.txt", listing(with));

        List<SuiteRun> retries = new ArrayList<>();
        List<String> suspects = PeerComparison.suspects(without, with);
        for (int retry = 1; retry <= RETRIES && !suspects.isEmpty(); retry++) {
            SuiteRun again = run(PeerSuiteMode.WITH_PLUGIN, PeerSuiteMode.WITH_PLUGIN.id() + "-rerun" + retry,
                    suspects.stream().map(PeerSuiteIT::selector).distinct().collect(Collectors.joining(",")));
            retries.add(again);
            suspects = suspects.stream().filter(test -> !again.result(test).map(SuiteResult::passed).orElse(false))
                    .collect(Collectors.toList());
        }

        PeerComparison comparison = PeerComparison.of(without, with, retries);
        String report = comparison.report(without, with);
        write("comparison.txt", report);
        System.out.println("peer suite without plugin: " + without.counts());
        System.out.println("peer suite with plugin:    " + with.counts());
        System.out.println("peer suite: " + comparison.regressions().size() + " regressions, "
                + comparison.flaky().size() + " flaky, " + comparison.betterWithPlugin().size()
                + " better with the plugin, " + comparison.failingInBoth().size() + " failing in both; see "
                + OUT.resolve("comparison.txt"));

        // The comparison says something only if the suite really ran on both servers.
        for (SuiteRun run : List.of(without, with)) {
            assertEquals(List.of(), run.abortReasons(), "a framework run aborted; see " + OUT + "/*.log");
        }
        for (String core : List.of("smack.roster.RosterIntegrationTest.subscribeRequestListenerTest",
                "smack.roster.LowLevelRosterIntegrationTest.testPresenceEventListenersOffline [loopback-tcp]",
                "smack.XmppConnectionIntegrationTest.allToAllMessageSendTest [loopback-tcp]")) {
            assertTrue(without.result(core).map(SuiteResult::passed).orElse(false),
                    core + " did not pass on Openfire without the plugin: the harness is broken\n" + report);
        }
        assertEquals(List.of(), comparison.regressions(),
                "tests that pass on Openfire 4.2.0 without the plugin fail with it\n" + report);
    }

    private static SuiteRun run(PeerSuiteMode mode, String runName, String onlyTests) throws IOException {
        List<String> args = new ArrayList<>(List.of(mode.id(), runName, OUT.toString(),
                FRAMEWORK_CLASSPATH.toString(), RUNNER.toString()));
        if (onlyTests != null) {
            args.add(onlyTests);
        }
        int exit = ChildJvm.of(PeerSuiteRun.class).args(args.toArray(new String[0]))
                .timeout(PeerSuiteSelection.RUN_TIMEOUT.plus(Duration.ofMinutes(1))).run();
        assertEquals(0, exit, "peer suite run " + runName + " failed; see its output above and "
                + OUT.resolve(runName + ".log"));
        return SuiteRun.parse(Files.readAllLines(OUT.resolve(runName + ".results"), StandardCharsets.UTF_8));
    }

    /** The framework's enabledTests name of a result: low-level tests carry their connection in brackets. */
    private static String selector(String test) {
        int bracket = test.indexOf(" [");
        return bracket < 0 ? test : test.substring(0, bracket);
    }

    private static String listing(SuiteRun run) {
        StringBuilder text = new StringBuilder(run.counts()).append('\n');
        run.results().stream().sorted(Comparator.comparing(SuiteResult::test)).forEach(result -> text
                .append(result.outcome()).append('\t').append(result.test()).append('\t')
                .append(result.millis()).append(" ms")
                .append(result.reason().isEmpty() ? "" : "\t" + result.reason()).append('\n'));
        for (String problem : run.cleanupProblems()) {
            text.append("(after the tests, the framework's clean-up threw: ").append(problem).append(")\n");
        }
        return text.toString();
    }

    private static void write(String name, String content) throws IOException {
        Files.writeString(OUT.resolve(name), content, StandardCharsets.UTF_8);
    }
}

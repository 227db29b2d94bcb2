package org.lastpresence.it.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerComparisonTest {
    /**
     * One test, its outcome without the plugin, with it, and in the re-runs with it (- = did not run), and the
     * category the comparison puts it in (none = not listed).
     */
    @ParameterizedTest(name = "without {0}, with {1}, re-runs {2}: {3}")
    @CsvSource({
            "PASSED,     PASSED,     '',                    none",
            "PASSED,     FAILED,     '',                    regression",
            "PASSED,     IMPOSSIBLE, '',                    regression",
            "PASSED,     -,          '',                    regression",
            "PASSED,     FAILED,     'FAILED FAILED',       regression",
            "PASSED,     FAILED,     'FAILED PASSED',       flaky",
            "PASSED,     FAILED,     'PASSED',              flaky",
            "FAILED,     FAILED,     '',                    failingInBoth",
            "FAILED,     PASSED,     '',                    better",
            "IMPOSSIBLE, PASSED,     '',                    better",
            "-,          PASSED,     '',                    better",
            "IMPOSSIBLE, IMPOSSIBLE, '',                    none",
            "FAILED,     IMPOSSIBLE, '',                    other",
            "IMPOSSIBLE, -,          '',                    other",
    })
    void classifiesEachTestByItsOutcomes(String without, String with, String retries, String expected) {
        String test = "smack.roster.RosterIntegrationTest.subscribeRequestListenerTest";
        List<SuiteRun> reruns = new ArrayList<>();
        for (String outcome : retries.split(" ")) {
            if (!outcome.isEmpty()) {
                reruns.add(run(test, outcome));
            }
        }
        PeerComparison comparison = PeerComparison.of(run(test, without), run(test, with), reruns);
        assertEquals(expected, category(comparison, test), comparison.report(run(test, without), run(test, with)));
    }

    @ParameterizedTest(name = "without {0}, with {1}: re-run {2}")
    @CsvSource({
            "PASSED, FAILED,     true",
            "PASSED, IMPOSSIBLE, true",
            "PASSED, -,          true",
            "PASSED, PASSED,     false",
            "FAILED, FAILED,     false",
            "FAILED, PASSED,     false",
    })
    void reRunsOnlyTestsThatPassedWithoutThePluginAlone(String without, String with, boolean rerun) {
        String test = "smackx.ping.PingIntegrationTest.pingServer";
        assertEquals(rerun ? List.of(test) : List.of(), PeerComparison.suspects(run(test, without), run(test, with)));
    }

    @Test
    void theReportGivesTheCountsAndEachRegressionWithBothReasons() {
        String test = "smack.roster.RosterIntegrationTest.testPresenceApprovalStampedAndDelivered";
        SuiteRun without = SuiteRun.parse(List.of("PASSED\t" + test + "\t10\t"));
        SuiteRun with = SuiteRun.parse(List.of("FAILED\t" + test + "\t10\tAssertionFailedError: no presence"));
        String report = PeerComparison.of(without, with, List.of(with)).report(without, with);
        assertTrue(report.contains("without plugin: passed 1, failed 0, skipped 0"), report);
        assertTrue(report.contains("with plugin:    passed 0, failed 1, skipped 0"), report);
        assertTrue(report.contains("REGRESSIONS (passed without the plugin, not with it; fail the build): 1\n  " + test
                + "\n    without: PASSED\n    with:    FAILED - AssertionFailedError: no presence\n"
                + "    re-run:  FAILED - AssertionFailedError: no presence"), report);
    }

    private static SuiteRun run(String test, String outcome) {
        return SuiteRun.parse("-".equals(outcome) ? List.of()
                : List.of(outcome + "\t" + test + "\t5\t" + ("PASSED".equals(outcome) ? "" : "reason " + outcome)));
    }

    private static String category(PeerComparison comparison, String test) {
        List<String> categories = new ArrayList<>();
        add(categories, "regression", comparison.regressions(), test);
        add(categories, "flaky", comparison.flaky(), test);
        add(categories, "failingInBoth", comparison.failingInBoth(), test);
        add(categories, "better", comparison.betterWithPlugin(), test);
        add(categories, "other", comparison.otherDifferences(), test);
        return categories.isEmpty() ? "none" : categories.stream().collect(Collectors.joining("+"));
    }

    private static void add(List<String> categories, String name, List<String> entries, String test) {
        if (entries.stream().anyMatch(entry -> entry.startsWith(test + "\n"))) {
            categories.add(name);
        }
    }
}

package org.lastpresence.it.peer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the framework's results on Openfire without and with the plugin. A regression is a test that passed
 * without the plugin and did not pass with it (failed, was impossible, or did not run), in the first run and in
 * every re-run of it; one that passed in a re-run is reported as flaky, not as a regression.
 */
final class PeerComparison {
    private final List<String> regressions = new ArrayList<>();
    private final List<String> flaky = new ArrayList<>();
    private final List<String> failingInBoth = new ArrayList<>();
    private final List<String> betterWithPlugin = new ArrayList<>();
    private final List<String> otherDifferences = new ArrayList<>();

    private PeerComparison() {
    }

    /**
     * @param retries re-runs with the plugin of the tests {@link #suspects} named, oldest first; may be empty
     */
    static PeerComparison of(SuiteRun without, SuiteRun with, List<SuiteRun> retries) {
        PeerComparison comparison = new PeerComparison();
        for (String test : allTests(without, with)) {
            Optional<SuiteResult> before = without.result(test);
            Optional<SuiteResult> after = with.result(test);
            String line = test + "\n    without: " + describe(before) + "\n    with:    " + describe(after);
            boolean passedBefore = before.map(SuiteResult::passed).orElse(false);
            boolean passedAfter = after.map(SuiteResult::passed).orElse(false);
            if (passedBefore && !passedAfter) {
                Optional<SuiteResult> passingRetry = retries.stream().map(r -> r.result(test))
                        .flatMap(Optional::stream).filter(SuiteResult::passed).findFirst();
                if (passingRetry.isPresent()) {
                    comparison.flaky.add(line + "\n    passed when re-run with the plugin");
                } else {
                    StringBuilder retried = new StringBuilder();
                    for (SuiteRun retry : retries) {
                        retried.append("\n    re-run:  ").append(describe(retry.result(test)));
                    }
                    comparison.regressions.add(line + retried);
                }
            } else if (!passedBefore && passedAfter) {
                comparison.betterWithPlugin.add(line);
            } else if (!passedBefore) {
                if (before.isPresent() && after.isPresent()
                        && before.get().outcome() == SuiteResult.Outcome.FAILED
                        && after.get().outcome() == SuiteResult.Outcome.FAILED) {
                    comparison.failingInBoth.add(line);
                } else if (!sameOutcome(before, after)) {
                    comparison.otherDifferences.add(line);
                }
            }
        }
        return comparison;
    }

    /** Tests that passed without the plugin and not with it in the first runs: the ones to re-run. */
    static List<String> suspects(SuiteRun without, SuiteRun with) {
        List<String> suspects = new ArrayList<>();
        for (SuiteResult result : without.results()) {
            if (result.passed() && !with.result(result.test()).map(SuiteResult::passed).orElse(false)) {
                suspects.add(result.test());
            }
        }
        return suspects;
    }

    /** Passed without the plugin, never with it: each fails the build. */
    List<String> regressions() {
        return regressions;
    }

    /** Passed without the plugin, failed with it once, passed when re-run with it. */
    List<String> flaky() {
        return flaky;
    }

    /** Failed on both servers: Openfire 4.2.0's own gaps, not the plugin's. */
    List<String> failingInBoth() {
        return failingInBoth;
    }

    List<String> betterWithPlugin() {
        return betterWithPlugin;
    }

    /** Neither passed, but the outcomes differ (e.g. failed on one, impossible or missing on the other). */
    List<String> otherDifferences() {
        return otherDifferences;
    }

    /** The comparison as a report for target/peer-suite/comparison.txt. */
    String report(SuiteRun without, SuiteRun with) {
        StringBuilder text = new StringBuilder();
        text.append("without plugin: ").append(without.counts()).append('\n');
        text.append("with plugin:    ").append(with.counts()).append('\n');
        section(text, "REGRESSIONS (passed without the plugin, not with it; fail the build)", regressions);
        section(text, "FLAKY (passed without the plugin, failed with it once, passed when re-run with it)", flaky);
        section(text, "BETTER WITH THE PLUGIN (did not pass without it, passed with it)", betterWithPlugin);
        section(text, "OTHER DIFFERENCES (did not pass on either server, outcomes differ)", otherDifferences);
        section(text, "FAILING IN BOTH (Openfire 4.2.0 without the plugin fails them too; not fatal)", failingInBoth);
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<String> entries) {
        text.append('\n').append(title).append(": ").append(entries.size()).append('\n');
        for (String entry : entries) {
            text.append("  ").append(entry).append('\n');
        }
    }

    private static Set<String> allTests(SuiteRun without, SuiteRun with) {
        Set<String> tests = new LinkedHashSet<>();
        without.results().forEach(r -> tests.add(r.test()));
        with.results().forEach(r -> tests.add(r.test()));
        return tests;
    }

    private static boolean sameOutcome(Optional<SuiteResult> before, Optional<SuiteResult> after) {
        return before.map(SuiteResult::outcome).equals(after.map(SuiteResult::outcome));
    }

    private static String describe(Optional<SuiteResult> result) {
        return result.map(r -> r.outcome() + (r.reason().isEmpty() ? "" : " - " + r.reason())).orElse("did not run");
    }
}

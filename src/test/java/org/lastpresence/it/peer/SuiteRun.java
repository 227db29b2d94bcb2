package org.lastpresence.it.peer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one framework run, as SinttestRunner writes them: a line per test,
 * {@code STATUS<TAB>test<TAB>milliseconds<TAB>reason}, plus {@code CLEANUP} or {@code ABORTED} lines that say the
 * framework threw after (clean-up) or instead of (abort) finishing its tests.
 */
final class SuiteRun {
    private final Map<String, SuiteResult> results;
    private final List<String> cleanupProblems;
    private final List<String> abortReasons;

    private SuiteRun(Map<String, SuiteResult> results, List<String> cleanupProblems, List<String> abortReasons) {
        this.results = results;
        this.cleanupProblems = cleanupProblems;
        this.abortReasons = abortReasons;
    }

    static SuiteRun parse(List<String> lines) {
        Map<String, SuiteResult> results = new LinkedHashMap<>();
        List<String> cleanup = new ArrayList<>();
        List<String> aborts = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 4);
            if (fields.length < 3) {
                throw new IllegalArgumentException("Not a result line: " + line);
            }
            String reason = fields.length == 4 ? fields[3] : "";
            switch (fields[0]) {
                case "CLEANUP":
                    cleanup.add(reason);
                    break;
                case "ABORTED":
                    aborts.add(reason);
                    break;
                default:
                    SuiteResult result = new SuiteResult(fields[1], SuiteResult.Outcome.valueOf(fields[0]),
                            Long.parseLong(fields[2]), reason);
                    if (results.put(result.test(), result) != null) {
                        throw new IllegalArgumentException("Test reported twice: " + result.test());
                    }
            }
        }
        return new SuiteRun(Collections.unmodifiableMap(results), List.copyOf(cleanup), List.copyOf(aborts));
    }

    /**
     * The test's result; for a test of a class the framework could not run at all (reported as {@code Class.*}),
     * that class's result.
     */
    Optional<SuiteResult> result(String test) {
        SuiteResult own = results.get(test);
        if (own != null) {
            return Optional.of(own);
        }
        String method = test.contains(" [") ? test.substring(0, test.indexOf(" [")) : test;
        int dot = method.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(results.get(method.substring(0, dot) + ".*"));
    }

    Collection<SuiteResult> results() {
        return results.values();
    }

    long count(SuiteResult.Outcome outcome) {
        return results.values().stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Non-empty when the framework stopped before it had run its tests: the results are then incomplete. */
    List<String> abortReasons() {
        return abortReasons;
    }

    List<String> cleanupProblems() {
        return cleanupProblems;
    }

    /**
     * e.g. {@code passed 80, failed 18, skipped 9}; skipped = impossible to run on this server. (Not "80 passed,
     * ...": CI reads a line of that shape as the test runner's closing line.)
     */
    String counts() {
        return "passed " + count(SuiteResult.Outcome.PASSED) + ", failed " + count(SuiteResult.Outcome.FAILED)
                + ", skipped " + count(SuiteResult.Outcome.IMPOSSIBLE);
    }
}

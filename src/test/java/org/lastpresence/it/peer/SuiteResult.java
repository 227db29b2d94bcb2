package org.lastpresence.it.peer;

import java.util.Objects;

/** One test's result in one framework run: passed, failed or impossible to run, with the reason. */
final class SuiteResult {
    /** What the framework said about a test. */
    enum Outcome {
        PASSED, FAILED, IMPOSSIBLE
    }

    private final String test;
    private final Outcome outcome;
    private final long millis;
    private final String reason;

    SuiteResult(String test, Outcome outcome, long millis, String reason) {
        this.test = Objects.requireNonNull(test, "test");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.millis = millis;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** e.g. {@code smack.roster.RosterIntegrationTest.subscribeRequestListenerTest}. */
    String test() {
        return test;
    }

    Outcome outcome() {
        return outcome;
    }

    boolean passed() {
        return outcome == Outcome.PASSED;
    }

    long millis() {
        return millis;
    }

    /** Empty for a passed test. */
    String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return outcome + " " + test + (reason.isEmpty() ? "" : ": " + reason);
    }
}

package org.lastpresence.it.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SuiteRunTest {
    private static final SuiteRun RUN = SuiteRun.parse(List.of(
            "PASSED\tsmack.roster.RosterIntegrationTest.subscribeRequestListenerTest\t765\t",
            "FAILED\tsmackx.muc.MultiUserChatIntegrationTest.mucTest\t120\tAssertionFailedError: no presence",
            "IMPOSSIBLE\tsmackx.mam.MamIntegrationTest.*\t0\tMAM is not supported by the server",
            "PASSED\tsmack.roster.LowLevelRosterIntegrationTest.testPresenceEventListenersOffline [loopback-tcp]\t395",
            "CLEANUP\t-\t0\tIllegalArgumentException: No field named accountjids",
            ""));

    @Test
    void readsEachTestWithItsOutcomeTimeAndReason() {
        SuiteResult failed = RUN.result("smackx.muc.MultiUserChatIntegrationTest.mucTest").orElseThrow();
        assertEquals(SuiteResult.Outcome.FAILED, failed.outcome());
        assertEquals(120, failed.millis());
        assertEquals("AssertionFailedError: no presence", failed.reason());
        assertEquals("", RUN.result("smack.roster.LowLevelRosterIntegrationTest.testPresenceEventListenersOffline"
                + " [loopback-tcp]").orElseThrow().reason());
    }

    @Test
    void aTestOfAClassThatCouldNotRunGetsTheClassResult() {
        SuiteResult mam = RUN.result("smackx.mam.MamIntegrationTest.mamPageTest").orElseThrow();
        assertEquals(SuiteResult.Outcome.IMPOSSIBLE, mam.outcome());
        assertEquals("MAM is not supported by the server", mam.reason());
        assertEquals(Optional.empty(), RUN.result("smackx.ping.PingIntegrationTest.pingServer"));
    }

    @Test
    void countsOutcomesAndKeepsCleanupProblemsApartFromAborts() {
        assertEquals("passed 2, failed 1, skipped 1", RUN.counts());
        assertEquals(List.of("IllegalArgumentException: No field named accountjids"), RUN.cleanupProblems());
        assertEquals(List.of(), RUN.abortReasons());
        assertEquals(List.of("NoResponseException"),
                SuiteRun.parse(List.of("ABORTED\t-\t0\tNoResponseException")).abortReasons());
    }

    @Test
    void rejectsLinesItDoesNotUnderstand() {
        assertThrows(IllegalArgumentException.class, () -> SuiteRun.parse(List.of("PASSED only two")));
        assertThrows(IllegalArgumentException.class, () -> SuiteRun.parse(List.of("SKIPPED\tx.Y.z\t0\t")));
        assertThrows(IllegalArgumentException.class,
                () -> SuiteRun.parse(List.of("PASSED\tx.Y.z\t1\t", "FAILED\tx.Y.z\t2\tagain")));
    }
}

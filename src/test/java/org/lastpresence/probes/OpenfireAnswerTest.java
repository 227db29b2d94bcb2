package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When Openfire's own answer, stamped or corrected on delivery, is the P answer: every fact must hold. */
class OpenfireAnswerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "someone else probes an online user,      false, true,  true,  true,  true",
            "one's own account (Openfire errs),       true,  true,  true,  true,  false",
            "offline or a resource without a start,   false, false, true,  true,  false",
            "a privacy list may hide something,       false, true,  false, true,  false",
            "delivered presence not stamped,          false, true,  true,  false, false",
    })
    void decides(String name, boolean ownAccount, boolean onlineAllKnown, boolean hidesNothing,
                 boolean stampsDelivered, boolean openfireAnswers) {
        assertEquals(openfireAnswers, OpenfireAnswer.suffices(ownAccount, onlineAllKnown, hidesNothing,
                stampsDelivered));
    }
}

package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When Openfire's own answer, stamped on delivery, is the P answer: every fact must hold. */
class OpenfireAnswerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a contact with from,                     false, FROM,    true,  true,  true,  true",
            "a contact with both,                     false, BOTH,    true,  true,  true,  true",
            "one's own account (Openfire errs),       true,  NONE,    true,  true,  true,  false",
            "subscription to only (unauthorized),     false, TO,      true,  true,  true,  false",
            "not in the roster (unauthorized),        false, NONE,    true,  true,  true,  false",
            "roster not in memory,                    false, UNKNOWN, true,  true,  true,  false",
            "offline or a resource without a start,   false, BOTH,    false, true,  true,  false",
            "a privacy list may hide something,       false, BOTH,    true,  false, true,  false",
            "delivered presence not stamped,          false, BOTH,    true,  true,  false, false",
    })
    void decides(String name, boolean ownAccount, String subscription, boolean onlineAllKnown, boolean hidesNothing,
                 boolean stampsDelivered, boolean openfireAnswers) {
        Optional<RosterSubscription> known = "UNKNOWN".equals(subscription) ? Optional.empty()
                : Optional.of(RosterSubscription.valueOf(subscription));
        assertEquals(openfireAnswers,
                OpenfireAnswer.suffices(ownAccount, known, onlineAllKnown, hidesNothing, stampsDelivered));
    }
}

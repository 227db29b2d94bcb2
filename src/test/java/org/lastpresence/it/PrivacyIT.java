package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.Stamps.assertStamped;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/** V1, V2 with the plugin: what a user's privacy list denies, no probe answer, login replay or stamp tells. */
class PrivacyIT extends PrivacyScenarios {
    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @Override
    OpenfirePerClass openfire() {
        return OPENFIRE;
    }

    @Override
    List<ReceivedPresence> probe(XmppClient prober, String user) {
        return Probing.probe(prober, user, fromBare(user));
    }

    @Override
    void assertToldAsUsual(List<ReceivedPresence> answers, String stateOf, Instant before, Instant after) {
        assertFalse(answers.isEmpty(), "a permitted contact is told");
        assertEquals(1, answers.size(), answers::toString);
        assertStamped(answers.get(0), stateOf, before, after);
    }
}

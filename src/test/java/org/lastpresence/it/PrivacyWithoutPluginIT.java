package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/**
 * The scenarios of {@link PrivacyIT} on Openfire alone: the baseline. A contact the user's list denies gets nothing
 * from Openfire either, so the plugin, which must tell it nothing, hides nothing Openfire would have told.
 */
class PrivacyWithoutPluginIT extends PrivacyScenarios {
    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withoutPlugin();

    @Override
    OpenfirePerClass openfire() {
        return OPENFIRE;
    }

    @Override
    List<ReceivedPresence> probe(XmppClient prober, String user) {
        return Probing.probeWithoutPlugin(prober, user, fromBare(user));
    }

    @Override
    void assertToldAsUsual(List<ReceivedPresence> answers, String stateOf, Instant before, Instant after) {
        assertEquals(1, answers.size(), () -> "a permitted contact is told: " + answers);
        assertUnstamped(answers.get(0));
    }
}

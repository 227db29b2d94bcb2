package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeAuthorizationTest {
    @ParameterizedTest(name = "{0} probing {1} with subscription {2}: {3}")
    @CsvSource({
            "alice@localhost,      alice@localhost, NONE, true",
            "bob@localhost,        alice@localhost, BOTH, true",
            "bob@localhost,        alice@localhost, FROM, true",
            "bob@localhost,        alice@localhost, TO,   false",
            "bob@localhost,        alice@localhost, NONE, false",
            "romeo@montague.lit,   alice@localhost, FROM, true",
            "romeo@montague.lit,   alice@localhost, NONE, false",
            "conference.localhost, alice@localhost, NONE, false",
    })
    void onlyOwnResourcesAndSubscribersMaySee(String prober, String user, RosterSubscription subscription,
                                              boolean expected) {
        assertEquals(expected, ProbeAuthorization.isAuthorized(prober, user, subscription));
    }
}

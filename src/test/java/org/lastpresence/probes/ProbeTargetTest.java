package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmpp.packet.JID;

class ProbeTargetTest {
    private static final Set<String> COMPONENTS = Set.of("conference.localhost", "pubsub.localhost");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "alice@localhost,              LOCAL_USER",
            "alice@localhost/phone,        LOCAL_USER",
            "ghost@localhost,              LOCAL_USER",
            "localhost,                    SERVER",
            "localhost/admin,              SERVER",
            "conference.localhost,         COMPONENT",
            "room@conference.localhost,    ELSEWHERE",
            "pubsub.localhost,             COMPONENT",
            "proxy.localhost,              ELSEWHERE",
            "romeo@montague.lit,           ELSEWHERE",
            "montague.lit,                 ELSEWHERE",
    })
    void classifies(String to, ProbeTarget expected) {
        assertEquals(expected, ProbeTarget.of(new JID(to), "localhost", COMPONENTS::contains));
    }
}

package org.lastpresence.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.testing.Stanzas.presence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmpp.packet.Presence;

class PresenceChangeTest {
    @ParameterizedTest(name = "{0} -> {1}: change={2}")
    @CsvSource(nullValues = "NONE", delimiter = '|', value = {
            "NONE | <presence/> | true",
            "NONE | <presence type='unavailable'/> | false",
            "<presence/> | <presence type='unavailable'/> | true",
            "<presence/> | <presence><priority>5</priority></presence> | false",
            "<presence/> | <presence><c xmlns='http://jabber.org/protocol/caps' ver='2'/></presence> | false",
            "<presence/> | <presence><show>away</show></presence> | true",
            "<presence><show>away</show></presence> | "
                    + "<presence><show>away</show><priority>1</priority></presence> | false",
            "<presence><status>a</status></presence> | <presence><status>b</status></presence> | true",
            "<presence><status>a</status></presence> | <presence><status> a </status></presence> | false",
            "<presence><status></status></presence> | <presence/> | false",
            "<presence type='unavailable'><status>x</status></presence> | <presence type='unavailable'/> | false",
    })
    void decidesWhatIsAChange(String previous, String next, boolean expected) {
        Presence before = previous == null ? null : presence(previous);
        assertEquals(expected, PresenceChange.isChange(before, presence(next)));
    }
}

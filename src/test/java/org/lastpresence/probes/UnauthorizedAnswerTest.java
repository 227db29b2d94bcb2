package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.testing.Stanzas.presence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmpp.packet.Presence;

/** Openfire's refusal of a probe becomes the P answer; anything else is left alone. */
class UnauthorizedAnswerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "4.2.0, a contact without subscription | <presence type='error' from='alice@localhost' "
                    + "to='bob@localhost/desk'><error type='auth'><forbidden "
                    + "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence> | "
                    + "<presence type=\"unsubscribed\" from=\"alice@localhost\" to=\"bob@localhost/desk\"/>",
            "a pending subscription | <presence type='error' from='alice@localhost' to='bob@localhost/desk'>"
                    + "<error type='auth'><not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                    + "</presence> | "
                    + "<presence type=\"unsubscribed\" from=\"alice@localhost\" to=\"bob@localhost/desk\"/>",
            "probed at a full JID | <presence type='error' from='alice@localhost/phone' to='bob@localhost/desk'>"
                    + "<error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                    + "</presence> | "
                    + "<presence type=\"unsubscribed\" from=\"alice@localhost\" to=\"bob@localhost/desk\"/>",
            "another error | <presence type='error' from='alice@localhost' to='bob@localhost/desk'>"
                    + "<error type='cancel'><item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                    + "</presence> | none",
            "the answer itself | <presence from='alice@localhost/phone' to='bob@localhost/desk'/> | none",
            "5.x already says unsubscribed | <presence type='unsubscribed' from='alice@localhost' "
                    + "to='bob@localhost/desk'/> | none",
    })
    void makesThePAnswerOutOfOpenfiresRefusal(String name, String openfires, String expected) {
        Presence answer = UnauthorizedAnswer.of(presence(openfires));
        assertEquals(expected, answer == null ? "none" : answer.toXML());
    }
}

package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmpp.packet.Presence;

class ProbeEchoesTest {
    private static final Presence PROBE =
            presence("<presence type='probe' id='p7' from='bob@localhost/desk' to='alice@localhost'/>");
    private static final String NOT_ALLOWED =
            "<error type='cancel'><not-allowed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>";

    @ParameterizedTest(name = "{0}: echo={1}")
    @CsvSource(delimiter = '|', value = {
            "<presence type='error' id='p7' from='alice@localhost' to='bob@localhost/desk'>ERR</presence> | true",
            "<presence type='error' id='p8' from='alice@localhost' to='bob@localhost/desk'>ERR</presence> | false",
            "<presence type='error' id='p7' from='carol@localhost' to='bob@localhost/desk'>ERR</presence> | false",
            "<presence id='p7' from='alice@localhost' to='bob@localhost/desk'/> | false",
            "<presence type='error' id='p7' from='alice@localhost' to='bob@localhost/desk'><error type='wait'>"
                    + "<resource-constraint xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence> | false",
    })
    void recognisesOnlyTheRoutersNotAllowedErrorForThatProbe(String outgoing, boolean echo) {
        assertEquals(echo, ProbeEchoes.isEcho(PROBE, presence(outgoing.replace("ERR", NOT_ALLOWED))));
    }

    @Test
    void anEchoIsConsumedOnce() {
        ProbeEchoes echoes = new ProbeEchoes();
        Presence error = presence("<presence type='error' id='p7' from='alice@localhost' to='bob@localhost/desk'>"
                + NOT_ALLOWED + "</presence>");
        assertFalse(echoes.consume(error), "nothing taken over yet");
        echoes.expect(PROBE);
        assertTrue(echoes.consume(error));
        assertFalse(echoes.consume(error));
    }
}

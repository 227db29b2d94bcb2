package org.lastpresence.uptime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lastpresence.settings.UptimeVisibility;
import org.lastpresence.stamps.StampPrecision;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** Rules U1-U3 as a pure function: who gets the start time, and the answer's exact XML. */
class UptimeProbeAnswerTest {
    private static final Instant STARTED = Instant.parse("2026-11-21T06:00:07.900Z");

    @ParameterizedTest(name = "{0} prober, visibility {1}: answered={2}")
    @CsvSource({
            "LOCAL,  EVERYONE, true",
            "REMOTE, EVERYONE, true",
            "LOCAL,  LOCAL,    true",
            "REMOTE, LOCAL,    false",
            "LOCAL,  NONE,     false",
            "REMOTE, NONE,     false",
    })
    void answersOnlyWhomTheSettingAllows(UptimeProbeAnswer.Prober where, UptimeVisibility visibility,
                                         boolean answered) {
        assertEquals(answered, UptimeProbeAnswer.answer(new JID("juliet@capulet.lit/balcony"),
                new JID("localhost"), STARTED, visibility, where, StampPrecision.SECOND).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"localhost", "conference.localhost"})
    void theAnswerIsAvailablePresenceStampedByTheEntity(String entity) {
        Presence answer = UptimeProbeAnswer.answer(new JID("alice@localhost/phone"), new JID(entity), STARTED,
                UptimeVisibility.EVERYONE, UptimeProbeAnswer.Prober.LOCAL, StampPrecision.SECOND).orElseThrow();
        assertEquals("<presence from=\"" + entity + "\" to=\"alice@localhost/phone\">"
                + "<delay xmlns=\"urn:xmpp:delay\" from=\"" + entity + "\" stamp=\"2026-11-21T06:00:07Z\"/>"
                + "</presence>", answer.toXML());
    }
}

package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.CapturedLogs.atLeast;
import static org.lastpresence.it.support.CapturedLogs.ofThePlugin;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.CapturedLogs;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.RawXmppClient;
import org.lastpresence.it.support.XmppClient;

/**
 * S3 and the malformed-address case of P: what users do reaches the operator's log only as JIDs, ids and counts,
 * never as status texts or stanzas; a failure a client can cause is logged at most once (a minute), and a probe
 * to an address Openfire cannot parse neither closes the prober's stream nor makes the plugin log a warning.
 */
class LogHygieneIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /**
     * An empty resource part: Openfire 4.2.0 answers a probe of it with a jid-malformed error whose {@code from} is
     * this very address, which cannot be parsed either when that error is delivered through the interceptors.
     */
    private static final String MALFORMED = "ghost@localhost/";

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    private static CapturedLogs logs;

    @BeforeAll
    static void collectLogs() {
        logs = CapturedLogs.attach();
    }

    @AfterAll
    static void stopCollecting() {
        logs.close();
    }

    @Test
    void aProbeOfAMalformedAddressLeavesTheStreamOpenAndThePluginLogsNoWarning() throws IOException {
        OPENFIRE.users("mal");
        int mark = logs.mark();
        try (RawXmppClient mal = RawXmppClient.login(OPENFIRE.port(), "mal", "mal", "desk")) {
            mal.write("<presence type='probe' id='bad-address' to='" + MALFORMED + "'/>");
            mal.write("<presence type='probe' id='after-bad' to='localhost'/>");
            String answer = mal.awaitPresenceContaining("from=\"localhost\"");
            assertTrue(answer.contains("urn:xmpp:delay"), answer);
            mal.ping("still-open");
        }
        assertEquals(List.of(), logs.since(mark, ofThePlugin().and(atLeast(Level.WARN))));
    }

    @Test
    void aClientCausedFailureRepeatedFiveTimesIsLoggedAtMostOnce() throws IOException {
        OPENFIRE.users("rep");
        int mark = logs.mark();
        try (RawXmppClient rep = RawXmppClient.login(OPENFIRE.port(), "rep", "rep", "desk")) {
            for (int i = 1; i <= 5; i++) {
                rep.write("<presence type='probe' id='bad-" + i + "' to='" + MALFORMED + "'/>");
            }
            rep.write("<presence type='probe' id='after-bad' to='localhost'/>");
            rep.awaitPresenceContaining("from=\"localhost\"");
            rep.ping("still-open");
        }
        List<CapturedLogs.Event> logged = logs.since(mark, atLeast(Level.INFO));
        assertTrue(logged.size() <= 1, () -> logged.size() + " log events at INFO or above: " + logged);
    }

    @Test
    void statusTextsAndStanzasNeverReachTheLogAtInfoOrAbove() throws IOException {
        OPENFIRE.pair("lia", "max");
        OPENFIRE.users("nia");
        String secret = "s3cr3t-status-" + UUID.randomUUID();
        int mark = logs.mark();

        XmppClient lia = XmppClient.loginWithoutPresence(OPENFIRE.port(), "lia", "lia", "phone");
        lia.send("<presence><show>away</show><status>" + secret + "-1</status><priority>1</priority>"
                + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='urn:example' ver='" + secret + "'/>"
                + "<x xmlns='urn:example:ext'>" + secret + "-ext</x>"
                + "<delay xmlns='urn:xmpp:delay' from='localhost' stamp='2001-01-01T00:00:00Z'/></presence>");
        lia.roundTrip();
        try (XmppClient max = XmppClient.login(OPENFIRE.port(), "max", "max", "desk");
             XmppClient nia = XmppClient.login(OPENFIRE.port(), "nia", "nia", "desk")) {
            max.awaitPresence(from("lia@localhost/phone").and(available()), WAIT);
            Probing.probe(max, "lia@localhost", fromBare("lia@localhost"));
            Probing.probe(nia, "lia@localhost", fromBare("lia@localhost"));
            Probing.probe(nia, "nobody@localhost", fromBare("nobody@localhost"));
            Probing.probe(max, "localhost", from("localhost"));
            Probing.probe(max, "conference.localhost", from("conference.localhost"));

            lia.send("<presence><show>away</show><status>" + secret + "-1</status><priority>5</priority></presence>");
            lia.send("<presence><status>" + secret + "-2</status></presence>");
            max.awaitPresence(from("lia@localhost/phone").and(p -> (secret + "-2").equals(p.getStatus())), WAIT);
            nia.send("<presence type='subscribe' to='lia@localhost'><status>" + secret + "-ask</status></presence>");
            lia.send("<presence type='unavailable'><status>" + secret + "-3</status>"
                    + "<x xmlns='urn:example:ext'>" + secret + "-ext</x></presence>");
            lia.roundTrip();
            lia.dropConnection();
            Await.until("lia offline", WAIT,
                    () -> OPENFIRE.server().server().getSessionManager().getSessions("lia").isEmpty());
            Probing.probe(max, "lia@localhost", fromBare("lia@localhost"));
            max.disconnect();
        }
        try (XmppClient max = XmppClient.login(OPENFIRE.port(), "max", "max", "tablet");
             RawXmppClient raw = RawXmppClient.login(OPENFIRE.port(), "nia", "nia", "raw")) {
            max.roundTrip();
            raw.write("<presence type='probe' id='bad' to='" + MALFORMED + "'><status>" + secret + "-bad</status>"
                    + "</presence>");
            raw.write("<presence type='probe' id='after-bad' to='localhost'/>");
            raw.awaitPresenceContaining("from=\"localhost\"");
        }

        List<CapturedLogs.Event> leaking = logs.since(mark, atLeast(Level.INFO)).stream()
                .filter(event -> event.text().contains(secret) || event.text().contains("<presence")
                        || event.text().contains("<status"))
                .collect(Collectors.toList());
        assertEquals(List.of(), leaking, "log events at INFO or above with a status text or a stanza");
    }
}

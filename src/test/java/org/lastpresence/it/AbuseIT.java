package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PresenceMatchers.ofType;
import static org.lastpresence.it.support.Stamps.assertStamped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/** A1, A2, A4: the probe rate limit, stamp precision, and that nothing leaks to an unauthorized prober. */
class AbuseIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @AfterEach
    void defaults() {
        OPENFIRE.server().setProperty("lastpresence.probe.burst", "1000");
        OPENFIRE.server().setProperty("lastpresence.probe.perMinute", "60");
        OPENFIRE.server().setProperty("lastpresence.stamp.precision", "second");
    }

    @Test
    void probesOverTheBurstGetResourceConstraintAndAreNotProcessed() {
        OPENFIRE.users("ada");
        OPENFIRE.server().setProperty("lastpresence.probe.burst", "3");
        OPENFIRE.server().setProperty("lastpresence.probe.perMinute", "1");
        try (XmppClient ada = XmppClient.login(OPENFIRE.port(), "ada", "ada", "desk")) {
            int mark = ada.mark();
            for (int i = 1; i <= 5; i++) {
                ada.send("<presence type='probe' id='burst-" + i + "' to='localhost'/>");
            }
            ada.awaitPresenceAfter(mark, ofType(Presence.Type.error).and(p -> "burst-5".equals(p.getStanzaId())),
                    WAIT);
            ada.roundTrip();
            List<ReceivedPresence> received = ada.presencesSince(mark);
            List<ReceivedPresence> answers = received.stream().filter(r -> r.type() == Presence.Type.available)
                    .collect(Collectors.toList());
            List<ReceivedPresence> errors = received.stream().filter(r -> r.type() == Presence.Type.error)
                    .collect(Collectors.toList());
            assertEquals(3, answers.size(), received::toString);
            assertEquals(List.of("burst-4", "burst-5"), errors.stream().map(r -> r.stanza().getStanzaId())
                    .collect(Collectors.toList()));
            for (ReceivedPresence error : errors) {
                StanzaError stanzaError = error.stanza().getError();
                assertEquals(StanzaError.Condition.resource_constraint, stanzaError.getCondition());
                assertEquals(StanzaError.Type.WAIT, stanzaError.getType());
                assertEquals("localhost", error.from());
            }
            assertTrue(ada.isConnected(), "a limited client keeps its stream");
        }
    }

    @Test
    void anotherSessionHasItsOwnAllowance() {
        OPENFIRE.users("bo");
        OPENFIRE.server().setProperty("lastpresence.probe.burst", "1");
        OPENFIRE.server().setProperty("lastpresence.probe.perMinute", "1");
        try (XmppClient first = XmppClient.login(OPENFIRE.port(), "bo", "bo", "one");
             XmppClient second = XmppClient.login(OPENFIRE.port(), "bo", "bo", "two")) {
            first.send("<presence type='probe' id='a' to='localhost'/>");
            first.awaitPresence(from("localhost").and(available()), WAIT);
            first.send("<presence type='probe' id='b' to='localhost'/>");
            first.awaitPresence(ofType(Presence.Type.error), WAIT);
            second.send("<presence type='probe' id='c' to='localhost'/>");
            second.awaitPresence(from("localhost").and(available()), WAIT);
        }
    }

    @Test
    void stampsAreTruncatedToTheConfiguredPrecision() {
        OPENFIRE.users("cy", "di");
        OPENFIRE.server().accounts().subscribeBoth("cy", "di");
        OPENFIRE.server().setProperty("lastpresence.stamp.precision", "minute");
        try (XmppClient di = XmppClient.login(OPENFIRE.port(), "di", "di", "desk");
             XmppClient cy = XmppClient.loginWithoutPresence(OPENFIRE.port(), "cy", "cy", "phone")) {
            Instant before = Instant.now();
            cy.send("<presence><status>minute precision</status></presence>");
            cy.roundTrip();
            di.awaitPresence(from("cy@localhost/phone").and(available()), WAIT);
            Instant after = Instant.now();
            List<ReceivedPresence> answers = Probing.probe(di, "cy@localhost", fromBare("cy@localhost"));
            assertStamped(answers.get(0), "cy@localhost/phone", before, after, ChronoUnit.MINUTES);

            OPENFIRE.server().setProperty("lastpresence.stamp.precision", "day");
            List<ReceivedPresence> daily = Probing.probe(di, "localhost", from("localhost"));
            Instant started = OPENFIRE.server().server().getServerInfo().getLastStarted().toInstant();
            assertStamped(daily.get(0), "localhost", started, started, ChronoUnit.DAYS);
        }
    }

    @Test
    void anUnauthorizedProberLearnsNothingWhateverTheUsersState() {
        OPENFIRE.users("ed", "flo");
        // ed watches flo; ed does not share his own presence with flo.
        OPENFIRE.server().accounts().subscribe("ed", "flo");
        try (XmppClient flo = XmppClient.login(OPENFIRE.port(), "flo", "flo", "desk")) {
            String neverSeen = answerTo(flo, "ed@localhost");
            String nonexistent = answerTo(flo, "nobody@localhost").replace("nobody@", "ed@");
            XmppClient ed = XmppClient.loginWithoutPresence(OPENFIRE.port(), "ed", "ed", "phone");
            ed.send("<presence><status>private</status></presence>");
            ed.roundTrip();
            String online = answerTo(flo, "ed@localhost");
            ed.send("<presence type='unavailable'><status>private too</status></presence>");
            ed.roundTrip();
            ed.dropConnection();
            String offline = answerTo(flo, "ed@localhost");

            assertEquals("<presence to='flo@localhost/desk' from='ed@localhost' type='unsubscribed'/>", neverSeen);
            assertEquals(neverSeen, nonexistent, "existence does not leak");
            assertEquals(neverSeen, online, "being online does not leak");
            assertEquals(neverSeen, offline, "status and time do not leak");
        }
    }

    /** The prober's one answer, reduced to what distinguishes answers (attributes and children, not the stream's). */
    private static String answerTo(XmppClient prober, String user) {
        List<ReceivedPresence> answers = Probing.probe(prober, user, fromBare(user));
        assertEquals(1, answers.size(), answers::toString);
        return answers.get(0).xml().replace(" xmlns='jabber:client'", "").replace(" xml:lang='en'", "");
    }
}

package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PresenceMatchers.ofType;
import static org.lastpresence.it.support.Stamps.assertStamped;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/** D1-D4: stamps on the presence the server delivers, none on live changes, offline contacts at login, no forgery. */
class DeliveryStampsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @AfterEach
    void defaults() {
        OPENFIRE.server().setProperty("lastpresence.login.offline", "true");
    }

    @Test
    void atLoginAContactsPresenceArrivesStampedWithWhenItBegan() {
        OPENFIRE.pair("amy", "ben");
        try (XmppClient amy = XmppClient.loginWithoutPresence(OPENFIRE.port(), "amy", "amy", "phone")) {
            Instant before = Instant.now();
            amy.send("<presence><show>xa</show><status>holiday</status></presence>");
            amy.roundTrip();
            Instant after = Instant.now();
            try (XmppClient ben = XmppClient.login(OPENFIRE.port(), "ben", "ben", "desk")) {
                ReceivedPresence replay = ben.awaitPresence(from("amy@localhost/phone").and(available()), WAIT);
                assertEquals("holiday", replay.stanza().getStatus());
                assertStamped(replay, "amy@localhost/phone", before, after);
            }
        }
    }

    @Test
    void aLiveChangeArrivesWithoutStamp() {
        OPENFIRE.pair("cal", "dot");
        try (XmppClient dot = XmppClient.login(OPENFIRE.port(), "dot", "dot", "desk");
             XmppClient cal = XmppClient.login(OPENFIRE.port(), "cal", "cal", "phone")) {
            ReceivedPresence login = dot.awaitPresence(from("cal@localhost/phone").and(available()), WAIT);
            assertUnstamped(login);
            int mark = dot.mark();
            cal.send("<presence><show>dnd</show><status>in a call</status></presence>");
            cal.roundTrip();
            ReceivedPresence change = dot.awaitPresenceAfter(mark, from("cal@localhost/phone")
                    .and(p -> "in a call".equals(p.getStatus())), WAIT);
            assertUnstamped(change);
            mark = dot.mark();
            cal.disconnect();
            assertUnstamped(dot.awaitPresenceAfter(mark, from("cal@localhost/phone")
                    .and(ofType(Presence.Type.unavailable)), WAIT));
        }
    }

    @Test
    void afterASubscriptionIsApprovedThePresenceSentIsStamped() {
        OPENFIRE.users("eli", "fin");
        try (XmppClient eli = XmppClient.loginWithoutPresence(OPENFIRE.port(), "eli", "eli", "phone");
             XmppClient fin = XmppClient.login(OPENFIRE.port(), "fin", "fin", "desk")) {
            Instant before = Instant.now();
            eli.send("<presence><status>reading</status></presence>");
            eli.roundTrip();
            Instant after = Instant.now();

            fin.send("<presence type='subscribe' to='eli@localhost'/>");
            eli.awaitPresence(fromBare("fin@localhost").and(ofType(Presence.Type.subscribe)), WAIT);
            eli.send("<presence type='subscribed' to='fin@localhost'/>");
            ReceivedPresence sent = fin.awaitPresence(from("eli@localhost/phone").and(available()), WAIT);
            assertEquals("reading", sent.stanza().getStatus());
            assertStamped(sent, "eli@localhost/phone", before, after);
        }
    }

    @Test
    void atLoginAnOfflineContactsLastPresenceArrivesOnceStamped() {
        OPENFIRE.pair("gus", "hana");
        Instant before = Instant.now();
        goOffline("gus", "<presence type='unavailable'><status>back on Monday</status></presence>");
        Instant after = Instant.now();
        try (XmppClient hana = XmppClient.login(OPENFIRE.port(), "hana", "hana", "desk")) {
            hana.roundTrip();
            List<ReceivedPresence> fromGus = hana.presences(fromBare("gus@localhost"));
            assertEquals(1, fromGus.size(), fromGus::toString);
            ReceivedPresence replay = fromGus.get(0);
            assertEquals(Presence.Type.unavailable, replay.type());
            assertEquals("gus@localhost", replay.from());
            assertEquals("back on Monday", replay.stanza().getStatus());
            assertStamped(replay, "gus@localhost/phone", before, after);
        }
    }

    @Test
    void atLoginAContactWhoJustDisconnectedIsStillReportedOffline() {
        // Openfire itself sends nothing for a contact whose last unavailable had no status.
        OPENFIRE.pair("ivy", "jay");
        Instant before = Instant.now();
        goOffline("ivy", "<presence type='unavailable'/>");
        Instant after = Instant.now();
        try (XmppClient jay = XmppClient.login(OPENFIRE.port(), "jay", "jay", "desk")) {
            // The replay comes from the plugin's answer thread: a marker probe's answer comes after it.
            Probing.awaitQuiet(jay, 0);
            List<ReceivedPresence> fromIvy = jay.presences(fromBare("ivy@localhost"));
            assertEquals(1, fromIvy.size(), fromIvy::toString);
            assertEquals(Presence.Type.unavailable, fromIvy.get(0).type());
            assertStamped(fromIvy.get(0), "ivy@localhost/phone", before, after);
        }
    }

    @Test
    void withLoginReplayOffTheOperatorKeepsOpenfiresOwnBehaviour() {
        OPENFIRE.pair("kai", "lea");
        goOffline("kai", "<presence type='unavailable'/>");
        OPENFIRE.server().setProperty("lastpresence.login.offline", "false");
        try (XmppClient lea = XmppClient.login(OPENFIRE.port(), "lea", "lea", "desk")) {
            Probing.awaitQuiet(lea, 0);
            assertEquals(List.of(), lea.presences(fromBare("kai@localhost")));
        }
    }

    @Test
    void aDelayForgedByAClientIsRemovedBeforeAnyoneSeesIt() {
        OPENFIRE.pair("mia", "ned");
        try (XmppClient ned = XmppClient.login(OPENFIRE.port(), "ned", "ned", "desk");
             XmppClient mia = XmppClient.loginWithoutPresence(OPENFIRE.port(), "mia", "mia", "phone")) {
            Instant before = Instant.now();
            mia.send("<presence><status>been here for ages</status>"
                    + "<delay xmlns='urn:xmpp:delay' from='localhost' stamp='2001-01-01T00:00:00Z'/></presence>");
            ReceivedPresence live = ned.awaitPresence(from("mia@localhost/phone").and(available()), WAIT);
            Instant after = Instant.now();
            assertUnstamped(live);

            List<ReceivedPresence> answers = Probing.probe(ned, "mia@localhost", fromBare("mia@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertStamped(answers.get(0), "mia@localhost/phone", before, after);
        }
    }

    /** Logs the user in on resource "phone", sends this unavailable presence, and leaves without another one. */
    private static void goOffline(String user, String unavailable) {
        XmppClient client = XmppClient.login(OPENFIRE.port(), user, user, "phone");
        client.send(unavailable);
        client.roundTrip();
        client.dropConnection();
        Await.until(user + " offline", WAIT,
                () -> OPENFIRE.server().server().getSessionManager().getSessions(user).isEmpty());
    }
}

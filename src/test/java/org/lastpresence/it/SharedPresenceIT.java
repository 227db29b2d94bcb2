package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PresenceMatchers.ofType;
import static org.lastpresence.it.support.PresenceMatchers.withStatus;
import static org.lastpresence.it.support.Stamps.assertStamped;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.WireDelays;
import org.lastpresence.it.support.XmppClient;

/**
 * D5: a stamp goes only into the copy delivered to its one recipient. Openfire hands one presence object to several
 * deliveries (a broadcast to every contact and resource; a subscription approval's presence to each of the
 * subscriber's resources) and keeps others (each session's presence, the offline presence): after stamped replays
 * to several recipients, each copy carries exactly one delay, live copies none, and what Openfire keeps none.
 */
class SharedPresenceIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @Test
    void stampedReplaysToSeveralRecipientsLeaveOpenfiresSessionPresenceUnstamped() {
        OPENFIRE.pair("sam", "pia");
        try (XmppClient phone = XmppClient.loginWithoutPresence(OPENFIRE.port(), "sam", "sam", "phone")) {
            Instant before = Instant.now();
            phone.send("<presence><status>sam at the desk</status><priority>1</priority></presence>");
            phone.roundTrip();
            Instant after = Instant.now();
            try (XmppClient desk = XmppClient.login(OPENFIRE.port(), "pia", "pia", "desk");
                 XmppClient tablet = XmppClient.login(OPENFIRE.port(), "pia", "pia", "tablet");
                 XmppClient laptop = XmppClient.login(OPENFIRE.port(), "sam", "sam", "laptop")) {
                for (XmppClient recipient : List.of(desk, tablet, laptop)) {
                    ReceivedPresence replay = recipient.awaitPresence(from("sam@localhost/phone").and(available()),
                            WAIT);
                    assertStamped(replay, "sam@localhost/phone", before, after);
                }
                for (XmppClient prober : List.of(desk, tablet)) {
                    List<ReceivedPresence> answers = Probing.probe(prober, "sam@localhost",
                            from("sam@localhost/phone"));
                    assertEquals(1, answers.size(), answers::toString);
                    assertStamped(answers.get(0), "sam@localhost/phone", before, after);
                }
                assertOpenfireKeepsNoDelay("sam");

                // Only the priority changes: the state is the same, Openfire keeps the new stanza as the session's.
                int mark = desk.mark();
                phone.send("<presence><status>sam at the desk</status><priority>7</priority></presence>");
                ReceivedPresence resent = desk.awaitPresenceAfter(mark, from("sam@localhost/phone")
                        .and(p -> p.getPriority() == 7), WAIT);
                // Whether such a re-send is told stamped or live, it never carries more than the one true stamp.
                assertTrue(resent.delayCount() <= 1, resent::toString);
                if (resent.delayCount() == 1) {
                    assertStamped(resent, "sam@localhost/phone", before, after);
                }
                phone.roundTrip();
                assertOpenfireKeepsNoDelay("sam");
                assertEquals(7, session("sam@localhost/phone").getPresence().getPriority());

                List<ReceivedPresence> answers = Probing.probe(desk, "sam@localhost", from("sam@localhost/phone"));
                assertEquals(1, answers.size(), answers::toString);
                assertStamped(answers.get(0), "sam@localhost/phone", before, after);
                assertOpenfireKeepsNoDelay("sam");
            }
        }
    }

    @Test
    void theOfflinePresenceOpenfireKeepsStaysUnstampedAfterStampedReplays() {
        OPENFIRE.pair("ola", "pim");
        XmppClient ola = XmppClient.login(OPENFIRE.port(), "ola", "ola", "phone");
        Instant before = Instant.now();
        ola.send("<presence type='unavailable'><status>ola on leave</status></presence>");
        ola.roundTrip();
        Instant after = Instant.now();
        ola.dropConnection();
        Await.until("ola offline", WAIT, () -> SessionManager.getInstance().getSessions("ola").isEmpty());
        String kept = offlinePresence("ola");
        assertEquals(List.of(), WireDelays.in(kept), kept);

        for (String resource : List.of("desk", "tablet", "phone")) {
            try (XmppClient pim = XmppClient.login(OPENFIRE.port(), "pim", "pim", resource)) {
                ReceivedPresence replay = pim.awaitPresence(fromBare("ola@localhost")
                        .and(ofType(Presence.Type.unavailable)), WAIT);
                pim.roundTrip();
                assertEquals(1, pim.presences(fromBare("ola@localhost")).size(), () -> pim.presences().toString());
                assertEquals("ola on leave", replay.stanza().getStatus());
                assertStamped(replay, "ola@localhost/phone", before, after);
                List<ReceivedPresence> answers = Probing.probe(pim, "ola@localhost", fromBare("ola@localhost"));
                assertEquals(1, answers.size(), answers::toString);
                assertStamped(answers.get(0), "ola@localhost/phone", before, after);
            }
            String stillKept = offlinePresence("ola");
            assertEquals(List.of(), WireDelays.in(stillKept),
                    () -> "after the replay to " + resource + ": " + stillKept);
        }
    }

    @Test
    void anApprovalSendsEachResourceOfTheSubscriberItsOwnCopyWithExactlyOneStamp() {
        OPENFIRE.users("ute", "pax");
        try (XmppClient phone = XmppClient.loginWithoutPresence(OPENFIRE.port(), "ute", "ute", "phone");
             XmppClient laptop = XmppClient.loginWithoutPresence(OPENFIRE.port(), "ute", "ute", "laptop");
             XmppClient desk = XmppClient.login(OPENFIRE.port(), "pax", "pax", "desk");
             XmppClient tablet = XmppClient.login(OPENFIRE.port(), "pax", "pax", "tablet")) {
            Instant phoneBefore = Instant.now();
            phone.send("<presence><status>ute on the phone</status></presence>");
            phone.roundTrip();
            Instant phoneAfter = Instant.now();
            Instant laptopBefore = Instant.now();
            laptop.send("<presence><status>ute on the laptop</status></presence>");
            laptop.roundTrip();
            Instant laptopAfter = Instant.now();

            desk.send("<presence type='subscribe' to='ute@localhost'/>");
            phone.awaitPresence(fromBare("pax@localhost").and(ofType(Presence.Type.subscribe)), WAIT);
            // Openfire sends each of ute's presences to all of pax's resources, one object per ute resource.
            phone.send("<presence type='subscribed' to='pax@localhost'/>");
            for (XmppClient resource : List.of(desk, tablet)) {
                ReceivedPresence ofPhone = resource.awaitPresence(from("ute@localhost/phone").and(available()), WAIT);
                ReceivedPresence ofLaptop = resource.awaitPresence(from("ute@localhost/laptop").and(available()),
                        WAIT);
                assertEquals(resource.jid(), ofPhone.stanza().getTo().toString());
                assertStamped(ofPhone, "ute@localhost/phone", phoneBefore, phoneAfter);
                assertStamped(ofLaptop, "ute@localhost/laptop", laptopBefore, laptopAfter);
            }
            assertOpenfireKeepsNoDelay("ute");

            // A change now is live for every recipient of the one broadcast object: no stamp anywhere.
            int deskMark = desk.mark();
            int tabletMark = tablet.mark();
            int laptopMark = laptop.mark();
            phone.send("<presence><show>away</show><status>ute stepped out</status></presence>");
            assertUnstamped(desk.awaitPresenceAfter(deskMark, withStatus("ute stepped out"), WAIT));
            assertUnstamped(tablet.awaitPresenceAfter(tabletMark, withStatus("ute stepped out"), WAIT));
            assertUnstamped(laptop.awaitPresenceAfter(laptopMark, withStatus("ute stepped out"), WAIT));
            assertOpenfireKeepsNoDelay("ute");
        }
    }

    @Test
    void aNewResourceGetsTheOthersStampedWhileEveryoneSeesItsOwnArrivalLive() {
        OPENFIRE.pair("viv", "quin");
        try (XmppClient quin = XmppClient.login(OPENFIRE.port(), "quin", "quin", "desk");
             XmppClient phone = XmppClient.loginWithoutPresence(OPENFIRE.port(), "viv", "viv", "phone")) {
            Instant before = Instant.now();
            phone.send("<presence><status>viv on the move</status></presence>");
            quin.awaitPresence(from("viv@localhost/phone").and(available()), WAIT);
            Instant after = Instant.now();
            int quinMark = quin.mark();
            int phoneMark = phone.mark();
            try (XmppClient laptop = XmppClient.login(OPENFIRE.port(), "viv", "viv", "laptop")) {
                ReceivedPresence otherResource = laptop.awaitPresence(from("viv@localhost/phone").and(available()),
                        WAIT);
                assertStamped(otherResource, "viv@localhost/phone", before, after);
                assertUnstamped(quin.awaitPresenceAfter(quinMark, from("viv@localhost/laptop").and(available()),
                        WAIT));
                assertUnstamped(phone.awaitPresenceAfter(phoneMark, from("viv@localhost/laptop").and(available()),
                        WAIT));
                laptop.roundTrip();
                assertEquals(1, laptop.presences(from("viv@localhost/phone")).size(),
                        () -> laptop.presences().toString());
                assertOpenfireKeepsNoDelay("viv");
                assertOpenfireKeepsNoDelay("quin");
            }
        }
    }

    /** No session of the user keeps a presence with a delay of either namespace at any depth. */
    private static void assertOpenfireKeepsNoDelay(String username) {
        Collection<ClientSession> sessions = SessionManager.getInstance().getSessions(username);
        assertFalse(sessions.isEmpty(), "sessions of " + username);
        for (ClientSession session : sessions) {
            String xml = session.getPresence().toXML();
            assertEquals(List.of(), WireDelays.in(xml), () -> "presence Openfire keeps for " + session.getAddress()
                    + ": " + xml);
        }
    }

    private static ClientSession session(String fullJid) {
        return SessionManager.getInstance().getSessions(fullJid.substring(0, fullJid.indexOf('@'))).stream()
                .filter(session -> session.getAddress().toString().equals(fullJid)).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + fullJid));
    }

    /** The last unavailable presence Openfire itself keeps for the user (its "Offline Presence Cache"), as XML. */
    private static String offlinePresence(String username) {
        Cache<String, String> cache = CacheFactory.createCache("Offline Presence Cache");
        String xml = cache.get(username);
        assertNotNull(xml, "Openfire keeps an offline presence for " + username);
        return xml;
    }
}

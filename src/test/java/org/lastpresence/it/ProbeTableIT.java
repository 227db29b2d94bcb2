package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PresenceMatchers.ofType;
import static org.lastpresence.it.support.Stamps.assertStamped;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jivesoftware.openfire.roster.RosterItem;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.XmppClient;

/** The P table of docs/CONTRACT.md, row by row, on a real Openfire 4.2.0 with the installed plugin and real clients. */
class ProbeTableIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @Test
    void anUnauthorizedProberGetsUnsubscribedAndNothingElse() {
        OPENFIRE.users("ann", "zed");
        // ann is in zed's roster, but only as someone zed watches ("to"): zed does not share his presence.
        OPENFIRE.server().accounts().subscribe("zed", "ann");
        try (XmppClient zed = XmppClient.loginWithoutPresence(OPENFIRE.port(), "zed", "zed", "home");
             XmppClient ann = XmppClient.login(OPENFIRE.port(), "ann", "ann", "desk")) {
            zed.send("<presence><status>secret plans</status></presence>");
            zed.roundTrip();
            List<ReceivedPresence> answers = Probing.probe(ann, "zed@localhost", fromBare("zed@localhost"));

            assertEquals(1, answers.size(), answers::toString);
            assertUnsubscribedOnly(answers.get(0), "zed@localhost", ann.jid());
            assertTrue(ann.isConnected());
        }
    }

    @Test
    void aProbeOfAnAccountThatDoesNotExistGetsTheVerySameAnswer() {
        OPENFIRE.users("bea");
        try (XmppClient bea = XmppClient.login(OPENFIRE.port(), "bea", "bea", "desk")) {
            List<ReceivedPresence> answers = Probing.probe(bea, "ghost@localhost", fromBare("ghost@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertUnsubscribedOnly(answers.get(0), "ghost@localhost", bea.jid());
        }
    }

    @Test
    void anUnauthorizedAnswerDoesNotCancelAPendingSubscriptionRequest() throws Exception {
        OPENFIRE.users("cid", "dee");
        try (XmppClient cid = XmppClient.login(OPENFIRE.port(), "cid", "cid", "desk")) {
            // cid asks for dee's presence; dee has not answered yet, so cid is not authorized.
            cid.send("<presence type='subscribe' to='dee@localhost'/>");
            cid.roundTrip();
            String before = rosterState();
            assertTrue(before.contains("ask=SUBSCRIBE"), before);

            List<ReceivedPresence> answers = Probing.probe(cid, "dee@localhost", fromBare("dee@localhost"));
            assertEquals(Presence.Type.unsubscribed, answers.get(0).type());
            // Had the answer gone through Openfire's subscription handling, cid's request would now be cancelled.
            assertEquals(before, rosterState());
        }
    }

    private static String rosterState() throws Exception {
        RosterItem cidItem = OPENFIRE.server().server().getRosterManager().getRoster("cid")
                .getRosterItem(OPENFIRE.server().accounts().jid("dee"));
        RosterItem deeItem = OPENFIRE.server().server().getRosterManager().getRoster("dee")
                .getRosterItem(OPENFIRE.server().accounts().jid("cid"));
        return "cid: sub=" + cidItem.getSubStatus() + " ask=" + cidItem.getAskStatus()
                + "; dee: sub=" + deeItem.getSubStatus() + " recv=" + deeItem.getRecvStatus();
    }

    @Test
    void anOnlineUserAnswersEachAvailableResourceStampedWithItsLastChange() {
        OPENFIRE.users("eve", "fay");
        OPENFIRE.server().accounts().subscribeBoth("eve", "fay");
        try (XmppClient fay = XmppClient.login(OPENFIRE.port(), "fay", "fay", "desk");
             XmppClient phone = XmppClient.loginWithoutPresence(OPENFIRE.port(), "eve", "eve", "phone")) {
            Instant phoneBefore = Instant.now();
            phone.send("<presence><show>away</show><status>on the move</status></presence>");
            phone.roundTrip();
            fay.awaitPresence(from("eve@localhost/phone").and(available()), WAIT);
            Instant phoneAfter = Instant.now();
            try (XmppClient laptop = XmppClient.loginWithoutPresence(OPENFIRE.port(), "eve", "eve", "laptop")) {
                Instant laptopBefore = Instant.now();
                laptop.send("<presence><status>writing</status></presence>");
                laptop.roundTrip();
                fay.awaitPresence(from("eve@localhost/laptop").and(available()), WAIT);
                Instant laptopAfter = Instant.now();

                for (String target : List.of("eve@localhost", "eve@localhost/laptop")) {
                    List<ReceivedPresence> answers = Probing.probe(fay, target, fromBare("eve@localhost"));
                    assertEquals(Set.of("eve@localhost/phone", "eve@localhost/laptop"),
                            answers.stream().map(ReceivedPresence::from).collect(Collectors.toSet()),
                            "one answer per resource, probing " + target + ": " + answers);
                    assertEquals(2, answers.size(), answers::toString);
                    ReceivedPresence phoneAnswer = only(answers, "eve@localhost/phone");
                    assertEquals(Presence.Mode.away, phoneAnswer.stanza().getMode());
                    assertEquals("on the move", phoneAnswer.stanza().getStatus());
                    assertEquals(fay.jid(), phoneAnswer.stanza().getTo().toString());
                    assertStamped(phoneAnswer, "eve@localhost/phone", phoneBefore, phoneAfter);
                    ReceivedPresence laptopAnswer = only(answers, "eve@localhost/laptop");
                    assertEquals("writing", laptopAnswer.stanza().getStatus());
                    assertStamped(laptopAnswer, "eve@localhost/laptop", laptopBefore, laptopAfter);
                }
            }
        }
    }

    @Test
    void aResentPresenceThatOnlyChangesPriorityKeepsTheEarlierStamp() {
        OPENFIRE.users("gil", "hal");
        OPENFIRE.server().accounts().subscribeBoth("gil", "hal");
        try (XmppClient hal = XmppClient.login(OPENFIRE.port(), "hal", "hal", "desk");
             XmppClient gil = XmppClient.loginWithoutPresence(OPENFIRE.port(), "gil", "gil", "phone")) {
            Instant before = Instant.now();
            gil.send("<presence><status>here</status><priority>1</priority></presence>");
            gil.roundTrip();
            hal.awaitPresence(from("gil@localhost/phone").and(available()), WAIT);
            Instant after = Instant.now();
            Instant later = after.plusSeconds(2);
            openfireWaitsUntil(later);
            int mark = hal.mark();
            gil.send("<presence><status>here</status><priority>5</priority></presence>");
            gil.roundTrip();
            hal.awaitPresenceAfter(mark, from("gil@localhost/phone").and(available()), WAIT);

            List<ReceivedPresence> answers = Probing.probe(hal, "gil@localhost", fromBare("gil@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(5, answers.get(0).stanza().getPriority());
            assertStamped(answers.get(0), "gil@localhost/phone", before, after);
        }
    }

    @Test
    void anOfflineUserAnswersTheStoredStatusStampedByTheResourceThatWentLast() {
        OPENFIRE.users("ida", "jon");
        OPENFIRE.server().accounts().subscribeBoth("ida", "jon");
        try (XmppClient jon = XmppClient.login(OPENFIRE.port(), "jon", "jon", "desk")) {
            XmppClient phone = XmppClient.login(OPENFIRE.port(), "ida", "ida", "phone");
            XmppClient laptop = XmppClient.login(OPENFIRE.port(), "ida", "ida", "laptop");
            phone.disconnect();
            jon.awaitPresence(from("ida@localhost/phone").and(ofType(Presence.Type.unavailable)), WAIT);
            Instant before = Instant.now();
            laptop.send("<presence type='unavailable'><status>Going offline. Out of battery.</status></presence>");
            jon.awaitPresence(from("ida@localhost/laptop").and(ofType(Presence.Type.unavailable)), WAIT);
            Instant after = Instant.now();
            // Gone without a second unavailable (a clean logout would broadcast one more to jon).
            laptop.dropConnection();

            List<ReceivedPresence> answers = Probing.probe(jon, "ida@localhost", fromBare("ida@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            ReceivedPresence answer = answers.get(0);
            assertEquals(Presence.Type.unavailable, answer.type());
            assertEquals("ida@localhost", answer.from());
            assertEquals(jon.jid(), answer.stanza().getTo().toString());
            assertEquals("Going offline. Out of battery.", answer.stanza().getStatus());
            assertStamped(answer, "ida@localhost/laptop", before, after);
        }
    }

    @Test
    void aConnectionThatDropsWithoutUnavailableIsRecordedAsOfflineAtTheDrop() {
        OPENFIRE.users("kim", "lou");
        OPENFIRE.server().accounts().subscribeBoth("kim", "lou");
        try (XmppClient lou = XmppClient.login(OPENFIRE.port(), "lou", "lou", "desk")) {
            XmppClient kim = XmppClient.loginWithoutPresence(OPENFIRE.port(), "kim", "kim", "phone");
            kim.send("<presence><status>on a train</status></presence>");
            kim.roundTrip();
            lou.awaitPresence(from("kim@localhost/phone").and(available()), WAIT);
            Instant before = Instant.now();
            kim.dropConnection();
            lou.awaitPresence(from("kim@localhost/phone").and(ofType(Presence.Type.unavailable)), WAIT);
            Instant after = Instant.now();
            // Lou sees the unavailable while Openfire still routes it; the plugin records it once that is done.
            Await.until("kim's drop recorded", WAIT, () -> RecordTable.rowCount("kim") == 1);

            List<ReceivedPresence> answers = Probing.probe(lou, "kim@localhost", fromBare("kim@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(Presence.Type.unavailable, answers.get(0).type());
            assertNull(answers.get(0).stanza().getStatus(), "no status was sent on the way out");
            assertStamped(answers.get(0), "kim@localhost/phone", before, after);
        }
    }

    @Test
    void anOfflineUserNeverSeenAnswersUnavailableWithoutStamp() {
        OPENFIRE.users("max", "ned");
        OPENFIRE.server().accounts().subscribeBoth("max", "ned");
        try (XmppClient ned = XmppClient.login(OPENFIRE.port(), "ned", "ned", "desk")) {
            List<ReceivedPresence> answers = Probing.probe(ned, "max@localhost", fromBare("max@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(Presence.Type.unavailable, answers.get(0).type());
            assertEquals("max@localhost", answers.get(0).from());
            assertNull(answers.get(0).stanza().getStatus());
            assertUnstamped(answers.get(0));
        }
    }

    @Test
    void aUserProbingTheirOwnAccountSeesTheirOtherResources() {
        OPENFIRE.users("oli");
        try (XmppClient desk = XmppClient.loginWithoutPresence(OPENFIRE.port(), "oli", "oli", "desk");
             XmppClient phone = XmppClient.login(OPENFIRE.port(), "oli", "oli", "phone")) {
            Instant before = Instant.now();
            desk.send("<presence><show>dnd</show><status>focus</status></presence>");
            desk.roundTrip();
            phone.awaitPresence(from("oli@localhost/desk").and(available()), WAIT);
            Instant after = Instant.now();

            List<ReceivedPresence> answers = Probing.probe(phone, "oli@localhost", from("oli@localhost/desk"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals("focus", answers.get(0).stanza().getStatus());
            assertStamped(answers.get(0), "oli@localhost/desk", before, after);
        }
    }

    @Test
    void noProbeEverGetsAnErrorOrClosesTheStream() {
        OPENFIRE.users("pat", "quinn");
        OPENFIRE.server().accounts().subscribeBoth("pat", "quinn");
        try (XmppClient pat = XmppClient.login(OPENFIRE.port(), "pat", "pat", "desk")) {
            int mark = pat.mark();
            for (String target : List.of("quinn@localhost", "quinn@localhost/none", "ghost@localhost",
                    "pat@localhost", "localhost", "localhost/console", "conference.localhost")) {
                pat.send("<presence type='probe' to='" + target + "'/>");
            }
            Probing.awaitQuiet(pat, mark);
            assertEquals(List.of(), pat.presencesSince(mark).stream()
                    .filter(received -> received.type() == Presence.Type.error).collect(Collectors.toList()));
            assertTrue(pat.isConnected());
        }
    }

    @Test
    void switchedOffTheServerAnswersAsWithoutThePluginButADomainProbeStillLeavesTheStreamOpen() {
        OPENFIRE.pair("rex", "sol");
        try (XmppClient sol = XmppClient.login(OPENFIRE.port(), "sol", "sol", "desk");
             XmppClient rex = XmppClient.loginWithoutPresence(OPENFIRE.port(), "rex", "rex", "phone")) {
            rex.send("<presence><status>plugin off</status></presence>");
            rex.roundTrip();
            sol.awaitPresence(from("rex@localhost/phone").and(available()), WAIT);
            OPENFIRE.server().setProperty("lastpresence.enabled", "false");
            try {
                int mark = sol.mark();
                sol.send("<presence type='probe' to='rex@localhost'/>");
                ReceivedPresence openfiresOwn = sol.awaitPresenceAfter(mark, from("rex@localhost/phone"), WAIT);
                assertUnstamped(openfiresOwn);

                sol.send("<presence type='probe' to='localhost'/>");
                sol.roundTrip();
                assertTrue(sol.isConnected(), "without the plugin this probe closes the stream");
                assertEquals(List.of(), sol.presencesSince(mark).stream()
                        .filter(received -> received.from().equals("localhost")).collect(Collectors.toList()));
            } finally {
                OPENFIRE.server().setProperty("lastpresence.enabled", "true");
            }
        }
    }

    private static void assertUnsubscribedOnly(ReceivedPresence answer, String from, String to) {
        assertEquals(Presence.Type.unsubscribed, answer.type(), answer::toString);
        assertEquals(from, answer.from());
        assertEquals(to, answer.stanza().getTo().toString());
        assertNull(answer.stanza().getStatus(), "nothing about the user may leak");
        assertUnstamped(answer);
        assertTrue(answer.stanza().getExtensions().isEmpty(), answer::toString);
    }

    private static ReceivedPresence only(List<ReceivedPresence> answers, String from) {
        List<ReceivedPresence> matching = answers.stream().filter(answer -> answer.from().equals(from))
                .collect(Collectors.toList());
        assertEquals(1, matching.size(), () -> "one answer from " + from + ": " + answers);
        return matching.get(0);
    }

    /** The server clock must pass this instant, so that a later event gets a later second. */
    private static void openfireWaitsUntil(Instant instant) {
        Await.until("the clock passes " + instant, Duration.ofSeconds(5),
                () -> Instant.now().isAfter(instant));
    }
}

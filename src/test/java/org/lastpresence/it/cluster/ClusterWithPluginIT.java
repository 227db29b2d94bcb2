package org.lastpresence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PresenceMatchers.unavailable;
import static org.lastpresence.it.support.Stamps.assertStamped;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.XmppClient;

/**
 * The plugin on both nodes of a real two-node cluster: Openfire's own cross-node behaviour must survive it
 * (the inherited checks), and BEHAVIOUR.md's K rules must hold whichever nodes the prober, the user's resources
 * and the recipient are on: the P table (K1), login replays (D1, D3 under K1), one record per user (K2), a
 * deletion seen on both nodes (R4 under K1), a lost node's user recorded offline once (K4, last: it kills node 2).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterWithPluginIT extends CrossNodeChecks {
    @RegisterExtension
    static final OpenfireCluster CLUSTER = OpenfireCluster.withPlugin().property("lastpresence.probe.burst", "1000");

    @Override
    OpenfireCluster cluster() {
        return CLUSTER;
    }

    @Test
    void aProbeFromNode2OfAUserOnlineOnNode1GetsThatResourceStampedWithItsChange() {
        CLUSTER.pair("ivy", "jon");
        try (XmppClient ivy = XmppClient.loginWithoutPresence(CLUSTER.node1Port(), "ivy", "ivy", "one");
             XmppClient jon = XmppClient.login(CLUSTER.node2Port(), "jon", "jon", "two")) {
            jon.roundTrip();
            Instant before = Instant.now();
            ivy.send("<presence><status>busy here</status></presence>");
            ivy.roundTrip();
            Instant after = Instant.now();
            jon.awaitPresence(from("ivy@localhost/one").and(available()), WAIT);

            List<ReceivedPresence> answers = Probing.probe(jon, "ivy@localhost", fromBare("ivy@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            ReceivedPresence answer = answers.get(0);
            assertEquals("ivy@localhost/one", answer.stanza().getFrom().toString(), answer::toString);
            assertEquals(Presence.Type.available, answer.type(), answer::toString);
            assertEquals("busy here", answer.stanza().getStatus(), answer::toString);
            assertStamped(answer, "ivy@localhost/one", before, after);
        }
    }

    @Test
    void aProbeFromNode1OfAUserWhoWentOfflineOnNode2GetsTheRecord() {
        CLUSTER.pair("kim", "lou");
        Instant before;
        Instant after;
        try (XmppClient kim = XmppClient.login(CLUSTER.node2Port(), "kim", "kim", "two")) {
            before = Instant.now();
            kim.send("<presence type='unavailable'><status>gone home</status></presence>");
            kim.roundTrip();
            after = Instant.now();
            kim.dropConnection();
        }
        // The record is written behind; once it is in the shared database, node 1 has no excuse not to know it.
        Await.until("kim's record in the database", WAIT, () -> RecordTable.statusOf("kim").isPresent());
        try (XmppClient lou = XmppClient.login(CLUSTER.node1Port(), "lou", "lou", "one")) {
            List<ReceivedPresence> answers = Probing.probe(lou, "kim@localhost", fromBare("kim@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            ReceivedPresence answer = answers.get(0);
            assertEquals("kim@localhost", answer.stanza().getFrom().toString(), answer::toString);
            assertEquals(Presence.Type.unavailable, answer.type(), answer::toString);
            assertEquals("gone home", answer.stanza().getStatus(), answer::toString);
            assertStamped(answer, "kim@localhost/two", before, after);
        }
    }

    @Test
    void anUnauthorizedProberOnTheOtherNodeGetsUnsubscribedAndNothingElse() {
        CLUSTER.users("mo", "nia");
        // mo watches nia, but does not share his own presence with her.
        CLUSTER.accounts().subscribe("mo", "nia");
        try (XmppClient mo = XmppClient.loginWithoutPresence(CLUSTER.node1Port(), "mo", "mo", "one");
             XmppClient nia = XmppClient.login(CLUSTER.node2Port(), "nia", "nia", "two")) {
            nia.roundTrip();
            mo.send("<presence><status>secret plans</status></presence>");
            mo.roundTrip();
            List<ReceivedPresence> answers = Probing.probe(nia, "mo@localhost", fromBare("mo@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(Presence.Type.unsubscribed, answers.get(0).type(), answers::toString);
            assertNull(answers.get(0).stanza().getStatus());
            assertUnstamped(answers.get(0));
        }
    }

    @Test
    void aUserNeverSeenOnAnyNodeIsAnsweredUnavailableWithoutStamp() {
        CLUSTER.pair("oda", "pat");
        try (XmppClient pat = XmppClient.login(CLUSTER.node2Port(), "pat", "pat", "two")) {
            List<ReceivedPresence> answers = Probing.probe(pat, "oda@localhost", fromBare("oda@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(Presence.Type.unavailable, answers.get(0).type(), answers::toString);
            assertUnstamped(answers.get(0));
        }
    }

    @Test
    void atLoginOnNode2ContactsOnNode1AreReplayedStampedOnlineAndOffline() {
        CLUSTER.users("pia", "quo", "rai");
        CLUSTER.accounts().subscribeBoth("pia", "rai");
        CLUSTER.accounts().subscribeBoth("quo", "rai");
        Instant quoBefore;
        Instant quoAfter;
        try (XmppClient quo = XmppClient.login(CLUSTER.node1Port(), "quo", "quo", "one")) {
            quoBefore = Instant.now();
            quo.send("<presence type='unavailable'><status>later</status></presence>");
            quo.roundTrip();
            quoAfter = Instant.now();
            quo.dropConnection();
        }
        try (XmppClient pia = XmppClient.loginWithoutPresence(CLUSTER.node1Port(), "pia", "pia", "one")) {
            Instant piaBefore = Instant.now();
            pia.send("<presence><status>around</status></presence>");
            pia.roundTrip();
            Instant piaAfter = Instant.now();
            Await.until("quo's record in the database", WAIT, () -> RecordTable.statusOf("quo").isPresent());

            try (XmppClient rai = XmppClient.login(CLUSTER.node2Port(), "rai", "rai", "two")) {
                ReceivedPresence online = rai.awaitPresence(from("pia@localhost/one").and(available()), WAIT);
                assertStamped(online, "pia@localhost/one", piaBefore, piaAfter);
                ReceivedPresence offline = rai.awaitPresence(fromBare("quo@localhost").and(unavailable()), WAIT);
                assertEquals("later", offline.stanza().getStatus(), offline::toString);
                assertStamped(offline, "quo@localhost/one", quoBefore, quoAfter);
            }
        }
    }

    @Test
    void resourcesOnBothNodesGoingOfflineInTurnLeaveOneRecordTheLatest() {
        CLUSTER.users("sue", "ted");
        CLUSTER.accounts().subscribeBoth("sue", "ted");
        try (XmppClient tedOne = XmppClient.login(CLUSTER.node1Port(), "ted", "ted", "one");
             XmppClient tedTwo = XmppClient.login(CLUSTER.node2Port(), "ted", "ted", "two")) {
            tedOne.roundTrip();
            tedTwo.roundTrip();
            XmppClient sueOne = XmppClient.login(CLUSTER.node1Port(), "sue", "sue", "one");
            XmppClient sueTwo = XmppClient.login(CLUSTER.node2Port(), "sue", "sue", "two");
            tedOne.awaitPresence(from("sue@localhost/two").and(available()), WAIT);

            sueOne.send("<presence type='unavailable'><status>first gone</status></presence>");
            sueOne.roundTrip();
            sueOne.dropConnection();
            // sue is still online on node 2: the answer is that resource, never an offline record (K2).
            List<ReceivedPresence> stillOnline = Probing.probe(tedOne, "sue@localhost", fromBare("sue@localhost"));
            assertEquals(1, stillOnline.size(), stillOnline::toString);
            assertEquals("sue@localhost/two", stillOnline.get(0).stanza().getFrom().toString(), stillOnline::toString);
            assertEquals(Presence.Type.available, stillOnline.get(0).type(), stillOnline::toString);

            Instant before = Instant.now();
            sueTwo.send("<presence type='unavailable'><status>all gone</status></presence>");
            sueTwo.roundTrip();
            Instant after = Instant.now();
            sueTwo.dropConnection();

            Await.until("sue's record to say 'all gone'", WAIT,
                    () -> RecordTable.statusOf("sue").filter("all gone"::equals).isPresent());
            assertEquals(1, RecordTable.rowCount("sue"));
            for (XmppClient prober : List.of(tedOne, tedTwo)) {
                List<ReceivedPresence> answers = Probing.probe(prober, "sue@localhost", fromBare("sue@localhost"));
                assertEquals(1, answers.size(), () -> prober.jid() + ": " + answers);
                assertEquals(Presence.Type.unavailable, answers.get(0).type(), () -> prober.jid() + ": " + answers);
                assertEquals("all gone", answers.get(0).stanza().getStatus(), () -> prober.jid() + ": " + answers);
                assertStamped(answers.get(0), "sue@localhost/two", before, after);
            }
        }
    }

    @Test
    void aUserDeletedOnNode1IsForgottenOnNode2Too() {
        CLUSTER.pair("uli", "van");
        try (XmppClient uli = XmppClient.login(CLUSTER.node2Port(), "uli", "uli", "two")) {
            uli.send("<presence type='unavailable'><status>bye</status></presence>");
            uli.roundTrip();
            uli.dropConnection();
        }
        Await.until("uli's record in the database", WAIT, () -> RecordTable.statusOf("uli").isPresent());
        try (XmppClient vanTwo = XmppClient.login(CLUSTER.node2Port(), "van", "van", "two")) {
            // Node 2 has now read uli's record (into its cache, if it keeps one).
            List<ReceivedPresence> known = Probing.probe(vanTwo, "uli@localhost", fromBare("uli@localhost"));
            assertEquals(1, known.size(), known::toString);
            assertEquals("bye", known.get(0).stanza().getStatus(), known::toString);

            CLUSTER.accounts().deleteUser("uli");
            Await.until("uli's record deleted", WAIT, () -> RecordTable.statusOf("uli").isEmpty());
            CLUSTER.accounts().createUser("uli", "uli");
            CLUSTER.accounts().subscribeBoth("uli", "van");

            try (XmppClient vanOne = XmppClient.login(CLUSTER.node1Port(), "van", "van", "one")) {
                for (XmppClient prober : List.of(vanOne, vanTwo)) {
                    // The new uli was never seen: no status, no stamp from the deleted account on either node.
                    List<ReceivedPresence> answers =
                            Probing.probe(prober, "uli@localhost", fromBare("uli@localhost"));
                    assertEquals(1, answers.size(), () -> prober.jid() + ": " + answers);
                    assertEquals(Presence.Type.unavailable, answers.get(0).type());
                    assertNull(answers.get(0).stanza().getStatus(), () -> prober.jid() + ": " + answers);
                    assertUnstamped(answers.get(0));
                }
            }
        }
    }

    /** Last: node 2 does not come back. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aUserOnlineOnALostNodeIsRecordedOfflineOnceAtTheTimeOfTheLoss() {
        CLUSTER.pair("wes", "xia");
        try (XmppClient xia = XmppClient.login(CLUSTER.node1Port(), "xia", "xia", "one")) {
            xia.roundTrip();
            XmppClient wes = XmppClient.loginWithoutPresence(CLUSTER.node2Port(), "wes", "wes", "two");
            wes.send("<presence><status>working</status></presence>");
            wes.roundTrip();
            xia.awaitPresence(from("wes@localhost/two").and(available()), WAIT);

            Instant before = Instant.now();
            CLUSTER.killNode2();
            wes.dropConnection();

            // A dropped session has no status: wait for the row itself. The loss is the time node 1 learns of it.
            Await.until("wes recorded offline", Duration.ofSeconds(15), () -> RecordTable.rowCount("wes") > 0);
            Instant after = Instant.now();
            assertEquals(1, RecordTable.rowCount("wes"));
            List<ReceivedPresence> answers = Probing.probe(xia, "wes@localhost", fromBare("wes@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(Presence.Type.unavailable, answers.get(0).type(), answers::toString);
            assertStamped(answers.get(0), "wes@localhost/two", before, after);
        }
    }
}

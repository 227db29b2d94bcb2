package org.lastpresence.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.unavailable;
import static org.lastpresence.it.support.PresenceMatchers.withStatus;

import java.time.Duration;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.junit.jupiter.api.Test;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/**
 * What Openfire itself does across two cluster nodes (with or without the plugin): contacts on different nodes
 * see each other's presence, a probe is answered from the clustered session cache, a message crosses.
 */
abstract class CrossNodeChecks {
    // A client's login returns before the server has processed its initial presence; a contact's broadcast sent
    // earlier skips the not yet available session. Tests therefore round-trip a fresh receiver before the change.
    static final Duration WAIT = Duration.ofSeconds(10);

    abstract OpenfireCluster cluster();

    @Test
    void contactsOnDifferentNodesSeeEachOthersPresence() {
        cluster().pair("ann", "ben");
        try (XmppClient ann = XmppClient.loginWithoutPresence(cluster().node1Port(), "ann", "ann", "one")) {
            ann.send("<presence><status>on node one</status></presence>");
            ann.roundTrip();
            try (XmppClient ben = XmppClient.login(cluster().node2Port(), "ben", "ben", "two")) {
                // Openfire probes ben's contacts at his login: ann's session is on node 1.
                ben.awaitPresence(from("ann@localhost/one").and(available()).and(withStatus("on node one")), WAIT);
                // ben's initial presence is broadcast from node 2 to ann's session on node 1.
                ann.awaitPresence(from("ben@localhost/two").and(available()), WAIT);
            }
        }
    }

    @Test
    void aProbeFromTheOtherNodeIsAnsweredWithTheCurrentPresence() {
        cluster().pair("cid", "dan");
        try (XmppClient cid = XmppClient.loginWithoutPresence(cluster().node1Port(), "cid", "cid", "one");
             XmppClient dan = XmppClient.login(cluster().node2Port(), "dan", "dan", "two")) {
            // dan's initial presence is processed (his route available) before cid broadcasts.
            dan.roundTrip();
            cid.send("<presence><status>first</status></presence>");
            dan.awaitPresence(from("cid@localhost/one").and(withStatus("first")), WAIT);
            cid.send("<presence><show>away</show><status>second</status></presence>");
            dan.awaitPresence(from("cid@localhost/one").and(withStatus("second")), WAIT);
            dan.roundTrip();
            int mark = dan.mark();

            dan.send("<presence type='probe' to='cid@localhost'/>");
            ReceivedPresence answer = dan.awaitPresenceAfter(mark, from("cid@localhost/one"), WAIT);
            assertEquals("second", answer.stanza().getStatus(), answer::toString);
            assertEquals(org.jivesoftware.smack.packet.Presence.Mode.away, answer.stanza().getMode());
        }
    }

    @Test
    void eachNodeSeesTheSessionsOfBothNodes() {
        cluster().users("ida");
        try (XmppClient one = XmppClient.login(cluster().node1Port(), "ida", "ida", "one");
             XmppClient two = XmppClient.login(cluster().node2Port(), "ida", "ida", "two")) {
            one.roundTrip();
            two.roundTrip();
            // Node 1 runs in this JVM, node 2 answers through its control channel.
            assertEquals(2, SessionManager.getInstance().getSessions("ida").size());
            assertEquals("2", cluster().onNode2(NodeCommand.SessionCount.class, "ida"));
            // And Openfire routes between them: each resource gets the other's presence.
            one.awaitPresence(from("ida@localhost/two").and(available()), WAIT);
            two.awaitPresence(from("ida@localhost/one").and(available()), WAIT);
        }
    }

    @Test
    void aMessageCrossesNodesBothWays() throws InterruptedException {
        cluster().pair("eve", "fay");
        try (XmppClient eve = XmppClient.login(cluster().node1Port(), "eve", "eve", "one");
             XmppClient fay = XmppClient.login(cluster().node2Port(), "fay", "fay", "two")) {
            StanzaCollector atFay = fay.connection().createStanzaCollector(StanzaTypeFilter.MESSAGE);
            StanzaCollector atEve = eve.connection().createStanzaCollector(StanzaTypeFilter.MESSAGE);
            eve.send("<message to='fay@localhost/two' type='chat'><body>hello from one</body></message>");
            fay.send("<message to='eve@localhost' type='chat'><body>hello from two</body></message>");

            Message toFay = atFay.nextResult(WAIT.toMillis());
            Message toEve = atEve.nextResult(WAIT.toMillis());
            assertEquals("hello from one", toFay == null ? null : toFay.getBody());
            assertEquals("eve@localhost/one", toFay.getFrom().toString());
            assertEquals("hello from two", toEve == null ? null : toEve.getBody());
            assertEquals("fay@localhost/two", toEve.getFrom().toString());
        }
    }

    @Test
    void aLogoutOnOneNodeReachesTheContactOnTheOther() {
        cluster().pair("gil", "hal");
        try (XmppClient hal = XmppClient.login(cluster().node1Port(), "hal", "hal", "one")) {
            hal.roundTrip();
            XmppClient gil = XmppClient.login(cluster().node2Port(), "gil", "gil", "two");
            hal.awaitPresence(from("gil@localhost/two").and(available()), WAIT);
            int mark = hal.mark();
            gil.send("<presence type='unavailable'><status>bye</status></presence>");
            gil.disconnect();
            hal.awaitPresenceAfter(mark, from("gil@localhost/two").and(unavailable()).and(withStatus("bye")), WAIT);
        }
    }
}

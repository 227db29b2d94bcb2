package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.demo.DemoServer;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.RawXmppClient;

/** The demo's accounts, used by a client that is not Smack: the answers of the P and U tables as raw XML. */
class DemoIT {
    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withDefaultSettings();

    private static EmbeddedOpenfire openfire;

    @BeforeAll
    static void prepareTheDemoAccounts() {
        openfire = OPENFIRE.server();
        DemoServer.prepareAccounts(openfire.accounts());
    }

    @Test
    void aRawClientSeesTheProbeAnswers() throws IOException {
        try (RawXmppClient alice = RawXmppClient.login(openfire.clientPort(), "alice", "alice", "laptop");
             RawXmppClient carol = RawXmppClient.login(openfire.clientPort(), "carol", "carol", "tablet")) {
            alice.write("<presence><show>away</show><status>lunch</status></presence>");
            alice.ping("a1");
            try (RawXmppClient bob = RawXmppClient.login(openfire.clientPort(), "bob", "bob", "phone")) {
                bob.write("<presence/>");
                bob.ping("b0");
                bob.write("<presence type='probe' id='p1' to='alice@localhost'/>");
                String online = bob.awaitPresenceContaining("urn:xmpp:delay");
                assertTrue(online.contains("from=\"alice@localhost/laptop\"") || online.contains(
                        "from='alice@localhost/laptop'"), online);
                assertTrue(online.contains("<status>lunch</status>"), online);

                bob.write("<presence type='probe' id='p2' to='localhost'/>");
                String uptime = bob.awaitPresenceContaining("from=\"localhost\"");
                String started = DateTimeFormatter.ISO_INSTANT.format(
                        openfire.server().getServerInfo().getLastStarted().toInstant().truncatedTo(ChronoUnit.SECONDS));
                assertTrue(uptime.contains("stamp=\"" + started + "\""), uptime + " should be stamped " + started);
                bob.ping("b1");
            }

            // Openfire routes presence only to available sessions: carol says she is here first.
            carol.write("<presence/>");
            carol.write("<presence type='probe' id='p3' to='alice@localhost'/>");
            String refused = carol.awaitPresenceContaining("type=\"unsubscribed\"");
            assertTrue(!refused.contains("lunch") && !refused.contains("delay"), refused);
            carol.ping("c1");
            assertTrue(Instant.now().isAfter(openfire.server().getServerInfo().getLastStarted().toInstant()));
        }
    }
}

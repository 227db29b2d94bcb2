package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.Stamps.assertStamped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ProbingComponent;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/** U1-U3: probes to the server domain and to components, answered with their start-up time. */
class UptimeIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();
    private static Instant serverStarted;
    private static Instant booted;

    @BeforeAll
    static void accounts() {
        // The extension has booted the server by now: a later bound for the MUC service's registration.
        booted = Instant.now();
        serverStarted = OPENFIRE.server().server().getServerInfo().getLastStarted().toInstant();
        OPENFIRE.server().accounts().createUser("alice", "alice");
    }

    @AfterEach
    void defaults() {
        OPENFIRE.server().setProperty("lastpresence.uptime.visibility", "everyone");
        OPENFIRE.server().setProperty("lastpresence.components", "true");
    }

    @Test
    void theDomainAnswersAvailableStampedWithTheServerStartAndTheStreamStaysOpen() {
        try (XmppClient alice = XmppClient.login(OPENFIRE.server().clientPort(), "alice", "alice", "u1")) {
            List<ReceivedPresence> answers = Probing.probe(alice, "localhost", from("localhost"));
            assertEquals(1, answers.size(), answers::toString);
            ReceivedPresence answer = answers.get(0);
            assertEquals(Presence.Type.available, answer.type());
            assertEquals(alice.jid(), answer.stanza().getTo().toString());
            assertStamped(answer, "localhost", serverStarted, serverStarted);
            // A normal request on the same stream, answered: the probe did not close it (it does without the plugin).
            assertEquals(IQ.Type.result, alice.roundTrip().getType());
            assertTrue(alice.isConnected());
        }
    }

    @Test
    void theMucServiceAnswersStampedWithItsRegistrationAtBoot() {
        try (XmppClient alice = XmppClient.login(OPENFIRE.server().clientPort(), "alice", "alice", "u2")) {
            List<ReceivedPresence> answers = Probing.probe(alice, "conference.localhost",
                    from("conference.localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertEquals(Presence.Type.available, answers.get(0).type());
            // Registered while the server booted, before the plugin loaded.
            assertStamped(answers.get(0), "conference.localhost", serverStarted, booted);
        }
    }

    @Test
    void aComponentRegisteredLaterAnswersWithItsRegistrationTime() {
        // Registered in a later second than the server start, so the two times can be told apart.
        Instant later = serverStarted.plusSeconds(2);
        Await.until("two seconds after the server start", WAIT, () -> Instant.now().isAfter(later));
        Instant before = Instant.now();
        ProbingComponent component = ProbingComponent.register("late");
        Instant after = Instant.now();
        try (XmppClient alice = XmppClient.login(OPENFIRE.server().clientPort(), "alice", "alice", "u3")) {
            List<ReceivedPresence> answers = Probing.probe(alice, "late.localhost", from("late.localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertStamped(answers.get(0), "late.localhost", before, after);
            assertTrue(answers.get(0).delayStamp().orElseThrow().isAfter(serverStarted.plusSeconds(1)),
                    "the component's own time, not the server's");
        } finally {
            component.unregister();
        }
    }

    @Test
    void aComponentCanProbeTheServerAndUsers() {
        ProbingComponent component = ProbingComponent.register("prober");
        try {
            component.probe("localhost");
            var uptime = component.await(p -> "localhost".equals(String.valueOf(p.getFrom())), WAIT);
            assertNull(uptime.getType());
            assertEquals(serverStarted.truncatedTo(ChronoUnit.SECONDS).toString(),
                    Instant.parse(uptime.getChildElement("delay", "urn:xmpp:delay").attributeValue("stamp"))
                            .toString());

            component.probe("alice@localhost");
            var answer = component.await(
                    p -> "alice@localhost".equals(String.valueOf(p.getFrom())), WAIT);
            assertEquals("unsubscribed", String.valueOf(answer.getType()),
                    "a component is not in alice's roster");
        } finally {
            component.unregister();
        }
    }

    @Test
    void withVisibilityNoneTheProbeIsDroppedSilently() {
        OPENFIRE.server().setProperty("lastpresence.uptime.visibility", "none");
        try (XmppClient alice = XmppClient.login(OPENFIRE.server().clientPort(), "alice", "alice", "u4")) {
            assertEquals(List.of(), Probing.probe(alice, "localhost", from("localhost")));
            assertEquals(List.of(), Probing.probe(alice, "conference.localhost", from("conference.localhost")));
            assertTrue(alice.isConnected());
        }
    }

    @Test
    void withVisibilityLocalLocalUsersAndComponentsStillSeeIt() {
        OPENFIRE.server().setProperty("lastpresence.uptime.visibility", "local");
        ProbingComponent component = ProbingComponent.register("localprober");
        try (XmppClient alice = XmppClient.login(OPENFIRE.server().clientPort(), "alice", "alice", "u5")) {
            assertEquals(1, Probing.probe(alice, "localhost", from("localhost")).size());
            component.probe("conference.localhost");
            component.await(p -> "conference.localhost".equals(String.valueOf(p.getFrom())), WAIT);
        } finally {
            component.unregister();
        }
    }

    @Test
    void withComponentsOffComponentProbesAreLeftToOpenfire() {
        OPENFIRE.server().setProperty("lastpresence.components", "false");
        try (XmppClient alice = XmppClient.login(OPENFIRE.server().clientPort(), "alice", "alice", "u6")) {
            assertEquals(List.of(), Probing.probe(alice, "conference.localhost", from("conference.localhost")));
            assertEquals(1, Probing.probe(alice, "localhost", from("localhost")).size());
        }
    }
}

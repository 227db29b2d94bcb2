package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jivesoftware.openfire.roster.RosterItem.SubType;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.FakeRemoteServer;
import org.lastpresence.it.support.FreePort;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.S2sStanza;
import org.lastpresence.it.support.S2sStanzaLog;
import org.lastpresence.it.support.XmppClient;
import org.xmpp.packet.JID;

/** Probes from a remote server's user over real S2S (P table, U1, A1), asserted on what his server receives. */
class S2sProbeIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String REMOTE_DOMAIN = "remote.test";
    private static final String ROMEO = "romeo@remote.test/garden";
    private static final String ROMEO_BARE = "romeo@remote.test";
    private static final String ALICE = "alice@localhost";

    private static FakeRemoteServer remote;
    /** What romeo's server received from Openfire, on any stream. */
    private static S2sStanzaLog wire;
    private static int s2sPort;

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withDefaultSettings()
            .beforeBoot(S2sProbeIT::listenAsTheRemoteServer)
            .afterStop(() -> {
                if (remote != null) {
                    remote.close();
                }
            });

    private static EmbeddedOpenfire openfire;
    private static final AtomicInteger PINGS = new AtomicInteger();

    /** The fake listens first: its port goes into Openfire's DNS override before Openfire boots. */
    private static void listenAsTheRemoteServer(EmbeddedOpenfire.Builder boot) {
        remote = FakeRemoteServer.start(REMOTE_DOMAIN);
        wire = remote.received();
        s2sPort = FreePort.find();
        boot.property("xmpp.server.socket.active", "true")
                .property("xmpp.server.socket.port", Integer.toString(s2sPort))
                .property("xmpp.server.dialback.enabled", "true")
                // The S2S acceptor of 4.2.0 is blocking IO with one thread; a larger setting only logs a warning.
                .property("xmpp.server.processing.threads", "1")
                // Plain S2S: no STARTTLS offered or attempted, no certificates to check.
                .property("xmpp.server.tls.enabled", "false")
                .property("xmpp.server.tls.policy", "disabled")
                .property("xmpp.server.certificate.verify", "false")
                // remote.test resolves to the fake (DNSUtil reads this once, when the class is first used).
                .property("dnsutil.dnsOverride", remote.dnsOverride());
    }

    @BeforeAll
    static void connectTheRemoteServer() {
        openfire = OPENFIRE.server();
        Await.until("S2S port " + s2sPort + " to accept connections", WAIT, () -> FreePort.isAccepting(s2sPort));
        openfire.accounts().createUser("alice", "alice");
        openfire.accounts().createUser("bob", "bob");
        // Alice lets romeo see her presence; bob has no roster item for romeo at all.
        openfire.accounts().setRosterItem("alice", new JID(ROMEO_BARE), SubType.FROM);
        remote.connectTo(openfire.domain(), s2sPort);
    }

    @AfterEach
    void romeoNeverGotAnError() {
        List<S2sStanza> errors = wire.all().stream().filter(S2sStanza::isError).collect(Collectors.toList());
        assertEquals(List.of(), errors, "error stanzas sent to " + REMOTE_DOMAIN);
    }

    @Test
    void probeOfOnlineUserGetsEachResourceStampedWithItsLastChange() {
        try (XmppClient phone = XmppClient.loginWithoutPresence(openfire.clientPort(), "alice", "alice", "phone");
             XmppClient desk = XmppClient.loginWithoutPresence(openfire.clientPort(), "alice", "alice", "desk")) {
            int mark = wire.mark();
            Instant phoneChanged = Instant.now();
            phone.send("<presence><show>away</show><status>at lunch</status></presence>");
            Instant deskChanged = Instant.now();
            desk.send("<presence><status>working</status></presence>");
            // Openfire 4.2.0 broadcasts an available presence before it stores it as the session's presence
            // (PresenceUpdateHandler.process), which is what a probe is answered from: a round trip on each stream
            // comes back only once its presence is fully processed.
            phone.roundTrip();
            desk.roundTrip();
            wire.awaitStanzaAfter(mark, presence(phone.jid(), ROMEO_BARE), WAIT);
            wire.awaitStanzaAfter(mark, presence(desk.jid(), ROMEO_BARE), WAIT);

            List<S2sStanza> answers = probe(ALICE, "probe-online", 2, fromBare(ALICE));

            S2sStanza phoneAnswer = only(answers, phone.jid());
            assertEquals("", phoneAnswer.type(), phoneAnswer::xml);
            assertEquals("away", String.valueOf(phoneAnswer.presence().getShow()), phoneAnswer::xml);
            assertEquals("at lunch", phoneAnswer.presence().getStatus(), phoneAnswer::xml);
            assertStamped(phoneAnswer, phone.jid(), phoneChanged, Duration.ofSeconds(2));

            S2sStanza deskAnswer = only(answers, desk.jid());
            assertEquals("", deskAnswer.type(), deskAnswer::xml);
            assertNull(deskAnswer.presence().getShow(), deskAnswer::xml);
            assertEquals("working", deskAnswer.presence().getStatus(), deskAnswer::xml);
            assertStamped(deskAnswer, desk.jid(), deskChanged, Duration.ofSeconds(2));
        }
    }

    @Test
    void probeOfUserWhoLoggedOutGetsTheLastUnavailableStampedWithTheLogoutTime() throws Exception {
        awaitOffline("alice");
        String phoneJid;
        Instant loggedOut;
        try (XmppClient phone = XmppClient.loginWithoutPresence(openfire.clientPort(), "alice", "alice", "phone")) {
            phoneJid = phone.jid();
            int mark = wire.mark();
            phone.send("<presence><status>about to leave</status></presence>");
            wire.awaitStanzaAfter(mark, presence(phoneJid, ROMEO_BARE), WAIT);

            mark = wire.mark();
            loggedOut = Instant.now();
            phone.connection().disconnect(phone.connection().getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).setStatus("gone fishing").build());
            wire.awaitStanzaAfter(mark, presence(phoneJid, ROMEO_BARE).and(ofType("unavailable")), WAIT);
        }
        awaitOffline("alice");

        S2sStanza answer = probe(ALICE, "probe-offline", 1, fromBare(ALICE)).get(0);

        assertEquals(ALICE, answer.from(), answer::xml);
        assertEquals("unavailable", answer.type(), answer::xml);
        assertEquals("gone fishing", answer.presence().getStatus(), answer::xml);
        assertStamped(answer, phoneJid, loggedOut, Duration.ofSeconds(2));
    }

    @Test
    void unauthorizedProberAndMissingUserGetTheSameBareUnsubscribed() {
        // Bob is online with a status, to show that nothing of it leaks to a prober he has not authorized.
        try (XmppClient bob = XmppClient.loginWithoutPresence(openfire.clientPort(), "bob", "bob", "tablet")) {
            bob.send("<presence><status>secret plans</status></presence>");
            bob.roundTrip();

            S2sStanza toBob = probe("bob@localhost", "probe-bob", 1, fromBare("bob@localhost")).get(0);
            S2sStanza toNobody = probe("nobody@localhost", "probe-nobody", 1, fromBare("nobody@localhost")).get(0);

            for (S2sStanza answer : List.of(toBob, toNobody)) {
                assertEquals("unsubscribed", answer.type(), answer::xml);
                assertEquals(ROMEO, answer.to(), answer::xml);
                assertEquals(Optional.empty(), answer.childText("status"), answer::xml);
                assertEquals(0, answer.delayCount(), answer::xml);
            }
            assertEquals("bob@localhost", toBob.from());
            assertEquals("nobody@localhost", toNobody.from());
            // Existence does not leak: the two answers are the same XML but for the probed address.
            assertEquals(toBob.xml().replace("bob@localhost", "U"), toNobody.xml().replace("nobody@localhost", "U"));
        }
    }

    @Test
    void probeOfTheServerDomainGetsAvailableStampedWithTheServerStartTime() {
        Instant started = openfire.server().getServerInfo().getLastStarted().toInstant();

        // probe() ends with a ping round trip on the same streams: the prober's stream stays open.
        S2sStanza answer = probe(openfire.domain(), "probe-domain", 1, fromExactly(openfire.domain())).get(0);

        assertEquals("", answer.type(), answer::xml);
        assertEquals(1, answer.delayCount(), answer::xml);
        assertEquals(Optional.of(openfire.domain()), answer.delayFrom(), answer::xml);
        Instant stamp = answer.delayStamp().orElseThrow();
        Instant expected = started.truncatedTo(ChronoUnit.SECONDS);
        assertTrue(Duration.between(expected, stamp).abs().compareTo(Duration.ofSeconds(1)) <= 0,
                () -> "stamp " + stamp + " vs. server start " + started + ": " + answer.xml());
    }

    @Test
    void probesFromAServerAreNotRateLimited() {
        awaitOffline("alice");
        int probes = 30;
        int mark = wire.mark();
        for (int i = 1; i <= probes; i++) {
            remote.send("<presence type='probe' id='burst-" + i + "' from='" + ROMEO + "' to='" + ALICE + "'/>");
        }
        wire.awaitCountAfter(mark, probes, presence(ALICE, ROMEO), WAIT);
        roundTrip();

        List<S2sStanza> answers = wire.since(mark, toRomeo().and(isPingResult().negate()));
        assertEquals(probes, answers.size(), answers::toString);
        assertTrue(answers.stream().allMatch(presence(ALICE, ROMEO).and(ofType("unavailable"))), answers::toString);
    }

    /**
     * Sends one probe from romeo and returns what romeo's resource got for it: waits for {@code expected} answers
     * matching, then for a ping round trip over the same two streams (so that a late second answer would have
     * arrived too), and asserts that exactly those answers and nothing else were addressed to romeo.
     */
    private static List<S2sStanza> probe(String to, String id, int expected, Predicate<S2sStanza> answerFrom) {
        int mark = wire.mark();
        remote.send("<presence type='probe' id='" + id + "' from='" + ROMEO + "' to='" + to + "'/>");
        wire.awaitCountAfter(mark, expected, toRomeo().and(answerFrom), WAIT);
        roundTrip();
        List<S2sStanza> answers = wire.since(mark, toRomeo().and(isPingResult().negate()));
        assertEquals(expected, answers.size(), () -> "answers to the probe " + id + ": " + answers);
        assertTrue(answers.stream().allMatch(S2sStanza::isPresence), answers::toString);
        return answers;
    }

    /** An XEP-0199 ping from romeo to the server, answered by Openfire over its outgoing session. */
    private static void roundTrip() {
        String id = "ping-" + PINGS.incrementAndGet();
        int mark = wire.mark();
        remote.send("<iq type='get' id='" + id + "' from='" + ROMEO + "' to='" + openfire.domain() + "'>"
                + "<ping xmlns='urn:xmpp:ping'/></iq>");
        wire.awaitStanzaAfter(mark, isPingResult().and(stanza -> id.equals(stanza.attribute("id"))), WAIT);
    }

    private static Predicate<S2sStanza> isPingResult() {
        return stanza -> "iq".equals(stanza.name()) && "result".equals(stanza.type())
                && stanza.attribute("id").startsWith("ping-");
    }

    private static void assertStamped(S2sStanza answer, String stampFrom, Instant changedAt, Duration tolerance) {
        assertEquals(1, answer.delayCount(), answer::xml);
        assertEquals(Optional.of(stampFrom), answer.delayFrom(), answer::xml);
        Instant stamp = answer.delayStamp().orElseThrow();
        // Stamps are truncated to seconds and the change reached Openfire after changedAt was measured.
        assertFalse(stamp.isBefore(changedAt.truncatedTo(ChronoUnit.SECONDS)),
                () -> "stamp " + stamp + " before the change at " + changedAt + ": " + answer.xml());
        assertFalse(stamp.isAfter(changedAt.plus(tolerance)),
                () -> "stamp " + stamp + " more than " + tolerance + " after the change at " + changedAt + ": "
                        + answer.xml());
    }

    private static void awaitOffline(String username) {
        Await.until(username + " to have no sessions", WAIT,
                () -> openfire.server().getSessionManager().getSessions(username).isEmpty());
    }

    private static S2sStanza only(List<S2sStanza> answers, String from) {
        List<S2sStanza> matching = answers.stream().filter(fromExactly(from)).collect(Collectors.toList());
        assertEquals(1, matching.size(), () -> "answers from " + from + ": " + answers);
        return matching.get(0);
    }

    private static Predicate<S2sStanza> presence(String from, String to) {
        return stanza -> stanza.isPresence() && stanza.from().equals(from) && stanza.to().equals(to);
    }

    /** Addressed to romeo's probing resource: the probe answers, never the live pushes to his bare JID. */
    private static Predicate<S2sStanza> toRomeo() {
        return stanza -> stanza.to().equals(ROMEO);
    }

    private static Predicate<S2sStanza> fromExactly(String jid) {
        return stanza -> stanza.from().equals(jid);
    }

    private static Predicate<S2sStanza> fromBare(String bareJid) {
        return stanza -> new JID(stanza.from()).toBareJID().equals(bareJid);
    }

    private static Predicate<S2sStanza> ofType(String type) {
        return stanza -> stanza.type().equals(type);
    }
}

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
import java.util.Optional;
import java.util.stream.Collectors;

import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.iqlast.LastActivityManager;
import org.jivesoftware.smackx.iqlast.packet.LastActivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jxmpp.jid.impl.JidCreate;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.DetachedSessions;
import org.lastpresence.it.support.IdleElements;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.XmppClient;

/**
 * XEP-0198 stream management on a real Openfire 4.2.0: a client that loses its connection is kept detached until
 * {@code xmpp.session.detach.timeout} runs out; it went offline when the connection was lost, and a client that
 * resumes in time never went offline.
 */
class StreamManagementIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    // Long enough that the end of the wait is seconds after the drop, whatever the stamp's truncation.
    private static final Duration DETACH_TIMEOUT = Duration.ofSeconds(3);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes()
            .property("xmpp.session.detach.timeout", Long.toString(DETACH_TIMEOUT.toMillis()));

    @Test
    void aClientThatDropsAndDoesNotResumeWentOfflineWhenTheConnectionWasLost() throws Exception {
        OPENFIRE.pair("dana", "carl");
        try (XmppClient carl = XmppClient.login(OPENFIRE.port(), "carl", "carl", "desk")) {
            XmppClient dana = XmppClient.loginWithStreamManagement(OPENFIRE.port(), "dana", "dana", "phone");
            assertTrue(dana.streamManagementEnabled(), "Openfire enables stream management for Smack");
            carl.awaitPresence(from("dana@localhost/phone").and(available()), WAIT);

            Instant before = Instant.now();
            dana.roundTrip(); // dana's last traffic, just before the loss
            dana.dropConnection();
            Instant after = Instant.now();
            Await.until("dana's session to be detached", WAIT,
                    () -> DetachedSessions.isDetached("dana@localhost/phone"));
            int mark = carl.mark();
            Instant ended = DetachedSessions.awaitEnded("dana@localhost/phone", WAIT.plus(DETACH_TIMEOUT));
            // Openfire measures the timeout from the session's last activity, which came after 'before'.
            assertTrue(!ended.isBefore(before.plus(DETACH_TIMEOUT)), "the wait ran out seconds after the drop");
            carl.awaitPresenceAfter(mark, from("dana@localhost/phone").and(ofType(Presence.Type.unavailable)), WAIT);

            List<ReceivedPresence> answers = Probing.probe(carl, "dana@localhost", fromBare("dana@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            ReceivedPresence offline = answers.get(0);
            assertEquals(Presence.Type.unavailable, offline.type(), offline::toString);
            assertStamped(offline, "dana@localhost/phone", before, after);
            Instant stamp = offline.delayStamp().orElseThrow();
            assertTrue(stamp.isBefore(ended.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1)),
                    () -> "stamped " + stamp + ", at the end of the wait (" + ended + "), not at the drop");
            assertEquals(List.of(stamp), IdleElements.sinceOf(offline.xml()), offline::toString);

            // A XEP-0012 query (Psi, Pidgin, Profanity) tells the same time, not the end of Openfire's wait.
            Instant asked = Instant.now();
            LastActivity last = LastActivityManager.getInstanceFor(carl.connection())
                    .getLastActivity(JidCreate.bareFrom("dana@localhost"));
            Instant answered = Instant.now();
            long low = Duration.between(stamp, asked).getSeconds();
            long high = Duration.between(stamp, answered).getSeconds() + 1;
            assertTrue(last.getIdleTime() >= low && last.getIdleTime() <= high,
                    () -> "jabber:iq:last said " + last.getIdleTime() + " s, the stamp says [" + low + ", " + high
                            + "] s ago");
            assertTrue(low >= DETACH_TIMEOUT.getSeconds(), "and that differs from Openfire's own time");
        }
    }

    @Test
    void aClientThatDropsAndResumesInTimeNeverWentOffline() {
        OPENFIRE.pair("eve", "fay");
        OPENFIRE.server().setProperty("xmpp.session.detach.timeout", "60000");
        try (XmppClient fay = XmppClient.login(OPENFIRE.port(), "fay", "fay", "desk")) {
            Instant before = Instant.now();
            XmppClient eve = XmppClient.loginWithStreamManagement(OPENFIRE.port(), "eve", "eve", "phone");
            Instant after = Instant.now();
            try {
                assertTrue(eve.streamManagementEnabled(), "Openfire enables stream management for Smack");
                fay.awaitPresence(from("eve@localhost/phone").and(available()), WAIT);
                int mark = fay.mark();

                eve.dropConnection();
                Await.until("eve's session to be detached", WAIT,
                        () -> DetachedSessions.isDetached("eve@localhost/phone"));
                assertTrue(eve.reconnect(), "the stream was resumed, not a new session bound");
                DetachedSessions.runCleanup();
                assertTrue(DetachedSessions.exists("eve@localhost/phone"));

                List<ReceivedPresence> answers = Probing.probe(fay, "eve@localhost", fromBare("eve@localhost"));
                assertEquals(1, answers.size(), answers::toString);
                ReceivedPresence online = answers.get(0);
                assertEquals(Presence.Type.available, online.type(), online::toString);
                assertStamped(online, "eve@localhost/phone", before, after);
                assertEquals(List.of(), IdleElements.sinceOf(online.xml()), "available presence has no idle");
                assertEquals(List.of(), fay.presencesSince(mark).stream()
                        .filter(p -> p.type() == Presence.Type.unavailable).map(ReceivedPresence::toString)
                        .collect(Collectors.toList()), "fay never saw eve go offline");
                assertEquals(Optional.empty(), RecordTable.statusOf("eve"), "no offline record for eve");
            } finally {
                eve.close();
            }
        } finally {
            OPENFIRE.server().setProperty("xmpp.session.detach.timeout", Long.toString(DETACH_TIMEOUT.toMillis()));
        }
    }
}

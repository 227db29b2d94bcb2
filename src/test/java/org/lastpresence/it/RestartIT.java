package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.Stamps.assertStamped;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.XmppClient;

/**
 * R2 and A3 across a restart: a record written just before the server stops is answered, with its original
 * stamp, by a new server on the same home; a record older than the retention period is neither told nor kept.
 */
class RestartIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The second server on the home, with a retention the first one did not have. */
    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withDefaultSettings()
            .afterFirstServerInChildJvm(FirstServer.class)
            .property("lastpresence.retention.days", "7");

    /** Phase 1, in a child JVM: a user logs out with a status, an ancient row exists, and the server stops at once. */
    public static final class FirstServer {
        public static void main(String[] args) {
            try {
                Path home = Paths.get(args[0]);
                try (EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(home).start()) {
                    for (String user : List.of("uma", "vic", "old", "wyn")) {
                        openfire.accounts().createUser(user, user);
                    }
                    openfire.accounts().subscribeBoth("uma", "vic");
                    openfire.accounts().subscribeBoth("wyn", "vic");
                    openfire.accounts().subscribeBoth("old", "vic");
                    RecordTable.insert("old", "pager", "left long ago", Instant.now().minus(Duration.ofDays(30)));

                    XmppClient uma = XmppClient.login(openfire.clientPort(), "uma", "uma", "laptop");
                    Instant before = Instant.now();
                    uma.send("<presence type='unavailable'><status>see you tomorrow</status></presence>");
                    uma.roundTrip();
                    Instant after = Instant.now();
                    uma.dropConnection();
                    Files.writeString(home.resolve("uma-offline.txt"), before + " " + after);
                    // Wyn stays online: the server's stop takes her offline, and that record must be written too.
                    XmppClient wyn = XmppClient.login(openfire.clientPort(), "wyn", "wyn", "tablet");
                    wyn.roundTrip();
                    Files.writeString(home.resolve("wyn-online.txt"), Instant.now().toString());
                    // The server stops now: the plugin must write the queued records on its way down.
                }
                System.exit(0);
            } catch (Throwable failure) {
                failure.printStackTrace(System.out);
                System.exit(1);
            }
        }
    }

    @Test
    void aRecordIsAnsweredWithItsOriginalStampAfterARestartAndExpiredOnesAreGone() throws IOException {
        EmbeddedOpenfire openfire = OPENFIRE.server();
        String[] offline = Files.readString(openfire.home().resolve("uma-offline.txt")).split(" ");
        Instant wynStillOnline = Instant.parse(Files.readString(openfire.home().resolve("wyn-online.txt")));

        try (XmppClient vic = XmppClient.login(openfire.clientPort(), "vic", "vic", "desk")) {
            List<ReceivedPresence> uma = Probing.probe(vic, "uma@localhost", fromBare("uma@localhost"));
            assertEquals(1, uma.size(), uma::toString);
            assertEquals(Presence.Type.unavailable, uma.get(0).type());
            assertEquals("see you tomorrow", uma.get(0).stanza().getStatus());

            List<ReceivedPresence> wyn = Probing.probe(vic, "wyn@localhost", fromBare("wyn@localhost"));
            assertEquals(1, wyn.size(), wyn::toString);
            assertEquals(Presence.Type.unavailable, wyn.get(0).type(), "online at the stop: offline since then");
            assertStamped(wyn.get(0), "wyn@localhost/tablet", wynStillOnline, Instant.now());
            assertStamped(uma.get(0), "uma@localhost/laptop", Instant.parse(offline[0]), Instant.parse(offline[1]));

            List<ReceivedPresence> old = Probing.probe(vic, "old@localhost", fromBare("old@localhost"));
            assertEquals(1, old.size(), old::toString);
            assertNull(old.get(0).stanza().getStatus(), "an expired record tells nothing");
            assertUnstamped(old.get(0));
            Await.until("the expired row purged from the database", WAIT,
                    () -> RecordTable.statusOf("old").isEmpty());
            assertEquals("see you tomorrow", RecordTable.statusOf("uma").orElseThrow());
        }
    }
}

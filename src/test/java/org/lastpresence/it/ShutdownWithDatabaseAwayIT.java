package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.Stamps.assertStamped;

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
import org.lastpresence.it.support.HsqldbServer;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.XmppClient;

/**
 * S2 on a real database server: a server stopped while its database is away keeps the change it could not write
 * in the plugin's folder, stops without waiting for the database for long, and the next start (database back)
 * writes it and answers it with its original stamp.
 */
class ShutdownWithDatabaseAwayIT {
    private static final String STATUS = "went offline while the database was away";
    private static final Path KEPT = Paths.get("plugins", EmbeddedOpenfire.PLUGIN_NAME, "pending-changes.bin");

    private static String[] phase1;
    private static boolean keptBeforeTheRestart;
    private static HsqldbServer databaseBack;

    /** The second server on the home, its database back. */
    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withDefaultSettings()
            .afterFirstServerInChildJvm(FirstServer.class)
            .beforeBoot(ShutdownWithDatabaseAwayIT::bringTheDatabaseBack)
            .afterStop(() -> {
                if (databaseBack != null) {
                    databaseBack.close();
                }
            });

    /** Phase 1, in a child JVM: the database stops under a running server, a user goes offline, the server stops. */
    public static final class FirstServer {
        public static void main(String[] args) {
            try {
                Path home = Paths.get(args[0]);
                HsqldbServer database = HsqldbServer.start(home.resolve("database-server"));
                Files.writeString(home.resolve("database-port.txt"), Integer.toString(database.port()));
                EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(home).database(database.database()).start();
                openfire.accounts().createUser("uma", "uma");
                openfire.accounts().createUser("vic", "vic");
                openfire.accounts().subscribeBoth("uma", "vic");
                XmppClient uma = XmppClient.login(openfire.clientPort(), "uma", "uma", "laptop");

                database.stop();
                Instant before = Instant.now();
                uma.send("<presence type='unavailable'><status>" + STATUS + "</status></presence>");
                uma.roundTrip();
                Instant after = Instant.now();
                uma.dropConnection();

                long stopping = System.nanoTime();
                openfire.stop();
                long stopMillis = Duration.ofNanos(System.nanoTime() - stopping).toMillis();
                Files.writeString(home.resolve("phase1.txt"), before + " " + after + " " + stopMillis);
                System.exit(0);
            } catch (Throwable failure) {
                failure.printStackTrace(System.out);
                System.exit(1);
            }
        }
    }

    private static void bringTheDatabaseBack(EmbeddedOpenfire.Builder boot) throws IOException {
        Path home = boot.home();
        phase1 = Files.readString(home.resolve("phase1.txt")).split(" ");
        // Looked at now: the second boot writes the kept change and deletes the file.
        keptBeforeTheRestart = Files.exists(home.resolve(KEPT));
        int port = Integer.parseInt(Files.readString(home.resolve("database-port.txt")));
        databaseBack = HsqldbServer.start(home.resolve("database-server"), port);
        boot.database(databaseBack.database());
    }

    @Test
    void theChangeMadeDuringTheOutageIsAnsweredWithItsOriginalStampAfterARestart() {
        EmbeddedOpenfire openfire = OPENFIRE.server();
        Path home = openfire.home();
        long stopMillis = Long.parseLong(phase1[2]);
        // Openfire's own stop takes about 5 s against a database that is away (its pool retries for each of its
        // writes); the plugin adds at most 5 s. Before, the plugin alone added about 20 s.
        assertTrue(stopMillis < 15_000, "the stop took " + stopMillis + " ms");
        assertTrue(keptBeforeTheRestart, "the unwritten change is kept in the plugin's folder");

        try (XmppClient vic = XmppClient.login(openfire.clientPort(), "vic", "vic", "desk")) {
            List<ReceivedPresence> uma = Probing.probe(vic, "uma@localhost", fromBare("uma@localhost"));
            assertEquals(1, uma.size(), uma::toString);
            assertEquals(Presence.Type.unavailable, uma.get(0).type());
            assertEquals(STATUS, uma.get(0).stanza().getStatus());
            assertStamped(uma.get(0), "uma@localhost/laptop", Instant.parse(phase1[0]), Instant.parse(phase1[1]));

            Await.until("the kept change written to the database", Duration.ofSeconds(20),
                    () -> RecordTable.statusOf("uma").filter(STATUS::equals).isPresent());
            Await.until("the kept-changes file deleted once written", Duration.ofSeconds(20),
                    () -> !Files.exists(home.resolve(KEPT)));
        }
    }
}

package org.lastpresence.it.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PresenceMatchers.ofType;
import static org.lastpresence.it.support.Stamps.assertStamped;
import static org.lastpresence.it.support.Stamps.assertUnstamped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.DatabaseServer;
import org.lastpresence.it.support.DatabaseView;
import org.lastpresence.it.support.DatabaseView.StoredRecord;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.ExternalDatabase;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/**
 * The plugin on a real database server, as an operator runs it: Openfire 4.2.0 on that database through a JDBC
 * driver creates the plugin's schema, the probe table's offline rows are stored there, a new server on the same
 * home and database answers with the original stamps, and a database restart under the server loses nothing.
 * One database server per class; the first Openfire runs in a child JVM (one Openfire per JVM), the second here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RealDatabaseScenario {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The plugin retries a failed write every 500 ms; Openfire's pool may first hand out broken connections. */
    private static final Duration DATABASE_BACK = Duration.ofSeconds(60);

    private DatabaseServer databaseServer;
    private ExternalDatabase database;
    private DatabaseView view;
    private EmbeddedOpenfire openfire;
    private Instant firstServerBefore;
    private Instant firstServerAfter;
    private final List<String> timings = new ArrayList<>();

    /** The second server on the home and the database (an instance field: the steps need this class's database). */
    @RegisterExtension
    final OpenfirePerClass secondServer = OpenfirePerClass.withUnlimitedProbes()
            .beforeBoot(this::startTheDatabaseThenAFirstServer)
            .afterStop(this::stopTheDatabase);

    /** Starts this class's database server, its data under {@code directory}. */
    protected abstract DatabaseServer startDatabaseServer(Path directory);

    /** How Openfire reaches the server: the JDBC driver and URL an operator would configure. */
    protected abstract ExternalDatabase database(DatabaseServer server);

    /** Phase 1, in a child JVM: a first server on the database records a logout, then stops at once. */
    public static final class FirstServer {
        public static void main(String[] args) {
            try {
                Path home = Paths.get(args[0]);
                ExternalDatabase database = ExternalDatabase.fromArgs(args, 1);
                try (EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(home).database(database).start()) {
                    openfire.accounts().createUser("uma", "uma");
                    openfire.accounts().createUser("vic", "vic");
                    openfire.accounts().subscribeBoth("uma", "vic");
                    XmppClient uma = XmppClient.login(openfire.clientPort(), "uma", "uma", "laptop");
                    Instant before = Instant.now();
                    uma.send("<presence type='unavailable'><status>back on Monday</status></presence>");
                    uma.roundTrip();
                    Instant after = Instant.now();
                    uma.dropConnection();
                    Files.writeString(home.resolve("uma-offline.txt"), before + " " + after);
                    // The server stops now: the plugin must write the queued record on its way down.
                }
                System.exit(0);
            } catch (Throwable failure) {
                failure.printStackTrace(System.out);
                System.exit(1);
            }
        }
    }

    private void startTheDatabaseThenAFirstServer(EmbeddedOpenfire.Builder boot) throws IOException {
        String name = getClass().getSimpleName();
        Path homes = Paths.get(System.getProperty("lastpresence.testHome", "target/openfire-homes"));
        long started = System.nanoTime();
        databaseServer = startDatabaseServer(homes.toAbsolutePath().resolveSibling("databases").resolve(name));
        database = database(databaseServer);
        view = new DatabaseView(database);
        timing("database server started", started);

        long first = System.nanoTime();
        Path home = boot.home();
        OpenfirePerClass.runInChildJvm(FirstServer.class, home, database.toArgs().toArray(new String[0]));
        String[] offline = Files.readString(home.resolve("uma-offline.txt")).split(" ");
        firstServerBefore = Instant.parse(offline[0]);
        firstServerAfter = Instant.parse(offline[1]);
        timing("first server (child JVM) ran", first);
        boot.database(database);
    }

    @BeforeAll
    void theSecondServerRuns() {
        openfire = secondServer.server();
        timings.add("second server booted in " + openfire.bootMillis() + " ms");
    }

    private void stopTheDatabase() {
        long started = System.nanoTime();
        if (databaseServer != null) {
            databaseServer.close();
        }
        timing("database stopped", started);
        System.out.println(getClass().getSimpleName() + " on " + database + ": " + String.join(", ", timings));
    }

    @Test
    @Order(1)
    void openfireDetectsTheDatabaseTypeAndThePluginSchemaIsCreatedThroughOpenfire() {
        System.out.println("database: " + view.productNameAndVersion() + "; Openfire's type: "
                + DbConnectionManager.getDatabaseType());
        assertEquals(database.driver(), driverServing(database.url()), "the configured driver serves the URL");
        // The type picks database/lastpresence_<type>.sql in the plugin archive.
        assertEquals(database.schemaType(), DbConnectionManager.getDatabaseType().name());
        assertEquals(OptionalInt.of(26), view.schemaVersion("openfire"));
        assertTrue(view.hasRecordTable(), "table ofLastPresence with all its columns");
        assertEquals(OptionalInt.of(1), view.schemaVersion(EmbeddedOpenfire.PLUGIN_NAME));
    }

    @Test
    @Order(2)
    void aUserWhoLogsOutWithAStatusIsStoredAndAnsweredWithItStamped() {
        pair("ida", "jon");
        try (XmppClient jon = XmppClient.login(openfire.clientPort(), "jon", "jon", "desk")) {
            XmppClient ida = XmppClient.login(openfire.clientPort(), "ida", "ida", "laptop");
            Instant before = Instant.now();
            ida.send("<presence type='unavailable'><status>Gone fishing</status></presence>");
            jon.awaitPresence(from("ida@localhost/laptop").and(ofType(Presence.Type.unavailable)), WAIT);
            Instant after = Instant.now();
            ida.dropConnection();

            StoredRecord row = Await.value("ida's row in ofLastPresence", WAIT, () -> view.record("ida"));
            assertEquals("laptop", row.resource);
            assertEquals("Gone fishing", row.status);
            assertWithin(row.offline, before, after);

            ReceivedPresence answer = probeOne(jon, "ida@localhost");
            assertEquals(Presence.Type.unavailable, answer.type());
            assertEquals("Gone fishing", answer.stanza().getStatus());
            assertStamped(answer, "ida@localhost/laptop", before, after);
        }
    }

    @Test
    @Order(3)
    void aUserWhoJustDisconnectedIsStoredAndAnsweredUnavailableStamped() {
        pair("kim", "lou");
        try (XmppClient lou = XmppClient.login(openfire.clientPort(), "lou", "lou", "desk")) {
            XmppClient kim = XmppClient.login(openfire.clientPort(), "kim", "kim", "phone");
            lou.awaitPresence(from("kim@localhost/phone"), WAIT);
            Instant before = Instant.now();
            kim.dropConnection();
            lou.awaitPresence(from("kim@localhost/phone").and(ofType(Presence.Type.unavailable)), WAIT);
            Instant after = Instant.now();

            StoredRecord row = Await.value("kim's row in ofLastPresence", WAIT, () -> view.record("kim"));
            assertEquals("phone", row.resource);
            assertNull(row.status, "no status was sent");
            assertWithin(row.offline, before, after);

            ReceivedPresence answer = probeOne(lou, "kim@localhost");
            assertEquals(Presence.Type.unavailable, answer.type());
            assertNull(answer.stanza().getStatus());
            assertStamped(answer, "kim@localhost/phone", before, after);
        }
    }

    @Test
    @Order(4)
    void aUserNeverSeenHasNoRowAndIsAnsweredUnavailableWithoutStamp() {
        pair("max", "ned");
        try (XmppClient ned = XmppClient.login(openfire.clientPort(), "ned", "ned", "desk")) {
            ReceivedPresence answer = probeOne(ned, "max@localhost");
            assertEquals(Presence.Type.unavailable, answer.type());
            assertNull(answer.stanza().getStatus());
            assertUnstamped(answer);
            assertEquals(Optional.empty(), view.record("max").map(StoredRecord::toString));
        }
    }

    @Test
    @Order(5)
    void aRecordWrittenByTheFirstServerIsAnsweredWithItsOriginalStampByTheSecond() {
        StoredRecord row = view.record("uma").orElseThrow(() -> new AssertionError("uma's row is missing"));
        assertEquals("back on Monday", row.status);
        assertWithin(row.offline, firstServerBefore, firstServerAfter);
        try (XmppClient vic = XmppClient.login(openfire.clientPort(), "vic", "vic", "desk")) {
            ReceivedPresence answer = probeOne(vic, "uma@localhost");
            assertEquals(Presence.Type.unavailable, answer.type());
            assertEquals("back on Monday", answer.stanza().getStatus());
            assertStamped(answer, "uma@localhost/laptop", firstServerBefore, firstServerAfter);
        }
    }

    @Test
    @Order(6)
    void aLogoutWhileTheDatabaseIsDownIsStoredOnceItIsBackAndNothingIsLost() {
        pair("pat", "quinn");
        try (XmppClient quinn = XmppClient.login(openfire.clientPort(), "quinn", "quinn", "desk")) {
            XmppClient pat = XmppClient.login(openfire.clientPort(), "pat", "pat", "phone");
            quinn.awaitPresence(from("pat@localhost/phone"), WAIT);
            Instant before;
            Instant after;
            long down = System.nanoTime();
            databaseServer.stop();
            try {
                before = Instant.now();
                pat.send("<presence type='unavailable'><status>database maintenance</status></presence>");
                quinn.awaitPresence(from("pat@localhost/phone").and(ofType(Presence.Type.unavailable)),
                        DATABASE_BACK);
                after = Instant.now();
                pat.dropConnection();
            } finally {
                databaseServer.start();
            }
            timing("database down and up again", down);

            long back = System.nanoTime();
            StoredRecord row = Await.value("pat's row written once the database is back", DATABASE_BACK,
                    () -> view.record("pat"));
            timing("queued row stored after the restart", back);
            assertEquals("phone", row.resource);
            assertEquals("database maintenance", row.status);
            assertWithin(row.offline, before, after);

            ReceivedPresence answer = probeOne(quinn, "pat@localhost");
            assertEquals("database maintenance", answer.stanza().getStatus());
            assertStamped(answer, "pat@localhost/phone", before, after);
            assertEquals("Gone fishing", view.record("ida").map(record -> record.status).orElse(null),
                    "rows stored before the restart are still there");
            assertEquals("back on Monday", view.record("uma").map(record -> record.status).orElse(null));
        }
    }

    private static String driverServing(String url) {
        try {
            return DriverManager.getDriver(url).getClass().getName();
        } catch (SQLException e) {
            throw new AssertionError("No JDBC driver for " + url, e);
        }
    }

    private void pair(String first, String second) {
        openfire.accounts().createUser(first, first);
        openfire.accounts().createUser(second, second);
        openfire.accounts().subscribeBoth(first, second);
    }

    private static ReceivedPresence probeOne(XmppClient prober, String bareJid) {
        List<ReceivedPresence> answers = Probing.probe(prober, bareJid, fromBare(bareJid));
        assertEquals(1, answers.size(), answers::toString);
        return answers.get(0);
    }

    /** Stored dates keep milliseconds: the row's must lie between the clock reads around the event. */
    private static void assertWithin(Instant stored, Instant before, Instant after) {
        assertTrue(!stored.isBefore(before.minusMillis(1)) && !stored.isAfter(after.plusMillis(1)),
                () -> "stored " + stored + " not within [" + before + ", " + after + "]");
    }

    private void timing(String what, long startedNanos) {
        timings.add(what + " in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos) + " ms");
    }
}

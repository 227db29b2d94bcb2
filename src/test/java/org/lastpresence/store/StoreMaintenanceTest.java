package org.lastpresence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;

/** S2: what the database cannot take at a stop waits in a file, and the next start writes it and deletes the file. */
class StoreMaintenanceTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(T0);
    private final LiveSettings settings = new LiveSettings(new MapProperties());

    @Test
    void aChangeTheDatabaseCannotTakeAtAStopIsWrittenAtTheNextStartWithItsOriginalTime() {
        InMemoryDatabase database = new InMemoryDatabase();
        PendingChangesFile file = new PendingChangesFile(folder.resolve("pending-changes.bin"));
        LastPresenceStore before = new LastPresenceStore(database);
        StoreMaintenance first = new StoreMaintenance(before, settings, clock, file, () -> true);
        first.start();
        database.failing(true);
        LastPresenceRecord duringOutage = new LastPresenceRecord("alice", "phone", "bye", T0, null);
        before.put(duringOutage);
        first.close();
        assertTrue(file.exists());
        assertTrue(database.rows().isEmpty());

        database.failing(false);
        LastPresenceStore after = new LastPresenceStore(database);
        StoreMaintenance next = new StoreMaintenance(after, settings, clock, file, () -> true);
        next.start();
        assertEquals(duringOutage, after.find("alice").orElseThrow(), "answered from the kept change at once");
        next.close();
        assertEquals(duringOutage, database.rows().get("alice"));
        assertFalse(file.exists(), "the file goes once its changes are written");
    }

    @Test
    void againstADatabaseThatIsAwayEachChangeIsNotTriedOnItsOwn() {
        InMemoryDatabase database = new InMemoryDatabase();
        LastPresenceStore store = new LastPresenceStore(database);
        for (int i = 0; i < 20; i++) {
            store.put(new LastPresenceRecord("user" + i, "r", null, T0, null));
        }
        database.failing(true);
        assertFalse(store.flush());
        assertEquals(1, database.attempts());
        assertEquals(20, store.pendingCount());
    }

    @Test
    void aKeptChangeOlderThanTheStoredRecordDoesNotReplaceIt() {
        InMemoryDatabase database = new InMemoryDatabase();
        LastPresenceStore store = new LastPresenceStore(database);
        LastPresenceRecord newer = new LastPresenceRecord("alice", "laptop", "later", T0.plusSeconds(60), null);
        store.put(newer);
        store.restore(List.of(PendingChange.upsert(
                new LastPresenceRecord("alice", "phone", "earlier", T0, null))));
        assertEquals(newer, store.find("alice").orElseThrow());
    }

    @Test
    void onlyTheSeniorMemberPurges() {
        MapProperties properties = new MapProperties();
        properties.put("lastpresence.retention.days", "7");
        InMemoryDatabase database = new InMemoryDatabase();
        LastPresenceStore store = new LastPresenceStore(database);
        store.put(new LastPresenceRecord("old", "phone", null, T0.minus(Duration.ofDays(30)), null));
        store.flush();
        LiveSettings retention = new LiveSettings(properties);
        PendingChangesFile file = new PendingChangesFile(folder.resolve("unused.bin"));
        assertEquals(0, new StoreMaintenance(store, retention, clock, file, () -> false).purge());
        assertTrue(database.rows().containsKey("old"), "a member that is not senior leaves the purge to the senior");
        assertEquals(1, new StoreMaintenance(store, retention, clock, file, () -> true).purge());
        assertFalse(database.rows().containsKey("old"));
    }
}

package org.lastpresence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lastpresence.testing.InMemoryDatabase;

class LastPresenceStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final LastPresenceStore store = new LastPresenceStore(database);

    @Test
    void aRecordIsReadFromMemoryAtOnceAndWrittenAtTheNextFlush() {
        store.put(record("alice", "bye", T0));
        assertEquals("bye", store.find("alice").orElseThrow().status().orElseThrow());
        assertTrue(database.rows().isEmpty(), "the write waits for the writer thread");
        assertTrue(store.flush());
        assertEquals(record("alice", "bye", T0), database.rows().get("alice"));
        assertEquals(0, store.pendingCount());
    }

    @Test
    void manyChangesOfOneUserBecomeOneRowInOneTransaction() {
        for (int i = 0; i < 50; i++) {
            store.put(record("alice", "status " + i, T0.plusSeconds(i)));
        }
        store.put(record("bob", "x", T0));
        assertEquals(2, store.pendingCount());
        store.flush();
        assertEquals(1, database.writes());
        assertEquals("status 49", database.rows().get("alice").status().orElseThrow());
    }

    @Test
    void nothingIsLostWhileTheDatabaseIsAway() {
        database.failing(true);
        store.put(record("alice", "bye", T0));
        assertFalse(store.flush());
        assertEquals(1, store.pendingCount());
        database.failing(false);
        assertTrue(store.flush());
        assertEquals("bye", database.rows().get("alice").status().orElseThrow());
    }

    @Test
    void aChangeTheDatabaseRefusesDoesNotHoldUpTheOthers() {
        database.refuse("bad");
        store.put(record("bad", "x", T0));
        store.put(record("good", "y", T0));
        assertFalse(store.flush());
        assertEquals("y", database.rows().get("good").status().orElseThrow());
        assertEquals(1, store.pendingCount(), "the refused change stays queued");
        database.refuse(null);
        assertTrue(store.flush());
        assertTrue(database.rows().containsKey("bad"));
    }

    @Test
    void aDeletionRemovesTheRowAndTheMemoryCopy() throws StoreException {
        database.write(List.of(record("alice", "old", T0)), List.of());
        assertTrue(store.delete("alice"));
        assertEquals(Optional.empty(), store.find("alice"));
        store.flush();
        assertFalse(database.rows().containsKey("alice"));
    }

    @Test
    void recordsSurviveARestartThroughTheDatabase() throws StoreException {
        store.put(record("alice", "bye", T0));
        store.flush();
        LastPresenceStore restarted = new LastPresenceStore(database);
        assertEquals(record("alice", "bye", T0), restarted.find("alice").orElseThrow());
    }

    @Test
    void purgeRemovesOnlyExpiredRecords() throws StoreException {
        store.put(record("old", null, T0.minusSeconds(3600)));
        store.put(record("new", null, T0.plusSeconds(3600)));
        store.flush();
        assertEquals(1, store.purgeOlderThan(T0));
        assertEquals(Optional.empty(), store.find("old"));
        assertTrue(store.find("new").isPresent());
        assertFalse(database.rows().containsKey("old"));
    }

    private static LastPresenceRecord record(String user, String status, Instant since) {
        return new LastPresenceRecord(user, "phone", status, since, "<presence type=\"unavailable\"/>");
    }
}

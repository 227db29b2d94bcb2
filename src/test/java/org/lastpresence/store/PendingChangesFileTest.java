package org.lastpresence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes kept across a stop come back exactly as they were, and a damaged file is refused, not half-read. */
class PendingChangesFileTest {
    @TempDir
    Path folder;

    @Test
    void keepsUpsertsAndDeletionsWithEveryField() throws IOException {
        PendingChangesFile file = new PendingChangesFile(folder.resolve("pending-changes.bin"));
        List<PendingChange> changes = List.of(
                PendingChange.upsert(new LastPresenceRecord("alice", "phone", "gone \u2615 fishing",
                        Instant.parse("2026-11-21T08:00:00.123Z"), "<presence type=\"unavailable\"/>")),
                PendingChange.upsert(new LastPresenceRecord("bob", "desk", null, Instant.parse("2026-11-21T09:00:00Z"),
                        null)),
                PendingChange.deletion("carol"));
        file.write(changes);
        assertTrue(file.exists());
        assertEquals(changes, file.read());
        file.delete();
        assertFalse(file.exists());
        assertEquals(List.of(), file.read());
    }

    @Test
    void aDamagedFileIsRefused() throws IOException {
        Path path = folder.resolve("pending-changes.bin");
        Files.write(path, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThrows(IOException.class, () -> new PendingChangesFile(path).read());
    }
}

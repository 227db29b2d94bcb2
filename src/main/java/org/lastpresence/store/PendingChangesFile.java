package org.lastpresence.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The changes that could not be written before the plugin stopped (S2), kept in one small file in the plugin's
 * folder until the next start has written them. Written to a temporary file first and moved into place, so a
 * crash while writing leaves the previous file or none, never half of one.
 */
public final class PendingChangesFile {
    private static final int MAGIC = 0x4c505043; // "LPPC"
    private static final int VERSION = 1;
    private static final byte UPSERT = 1;
    private static final byte DELETION = 2;

    private final Path file;

    public PendingChangesFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    void write(Collection<PendingChange> changes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Path folder = file.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try (OutputStream stream = Files.newOutputStream(temporary);
             DataOutputStream out = new DataOutputStream(stream)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(changes.size());
            for (PendingChange change : changes) {
                if (change.record().isEmpty()) {
                    out.writeByte(DELETION);
                    text(out, change.username());
                    continue;
                }
                LastPresenceRecord record = change.record().get();
                out.writeByte(UPSERT);
                text(out, record.username());
                text(out, record.resource());
                optionalText(out, record.status().orElse(null));
                out.writeLong(record.since().toEpochMilli());
                optionalText(out, record.stanza().orElse(null));
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The kept changes, in the order they were written; empty when there is no file. */
    List<PendingChange> read() throws IOException {
        if (!exists()) {
            return List.of();
        }
        try (InputStream stream = Files.newInputStream(file); DataInputStream in = new DataInputStream(stream)) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("Not a pending-changes file of this plugin version: " + file);
            }
            int count = in.readInt();
            List<PendingChange> changes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte kind = in.readByte();
                String username = text(in);
                if (kind == DELETION) {
                    changes.add(PendingChange.deletion(username));
                    continue;
                }
                String resource = text(in);
                String status = optionalText(in);
                Instant since = Instant.ofEpochMilli(in.readLong());
                changes.add(PendingChange.upsert(new LastPresenceRecord(username, resource, status, since,
                        optionalText(in))));
            }
            return changes;
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void optionalText(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            text(out, text);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("Damaged pending-changes file");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String optionalText(DataInputStream in) throws IOException {
        return in.readBoolean() ? text(in) : null;
    }
}

package org.lastpresence.bench.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.lastpresence.it.support.EmbeddedOpenfire;

/**
 * Child JVM: builds the Openfire home for one record count. The plugin is installed once so that Openfire's own
 * schema mechanism creates ofLastPresence; the rows then go straight into the table, Openfire stops (HSQLDB writes
 * its files) and the parent removes the plugin again, so each measurement can load it on a server already running.
 * Arguments: home directory, record count.
 */
public final class PrepareHome {
    private PrepareHome() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        Path home = Paths.get(args[0]);
        int count = Integer.parseInt(args[1]);
        EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(home).timeout(Duration.ofMinutes(3)).start();
        long started = System.nanoTime();
        StoredRecords.insert(count);
        Figures.emit("insertMillis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        openfire.stop();
        Figures.emit("prepared", count);
        // Openfire leaves non-daemon threads behind after a stop; they would keep this JVM alive for a minute.
        System.exit(0);
    }
}

package org.lastpresence.bench.scale;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.util.cache.Cache;
import org.lastpresence.it.support.Accounts;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.RawXmppClient;

/**
 * Child JVM on a copy of the home with the most records: (1) a client probes users whose records are only in the
 * table, and the answers must carry the stored status and stamp; (2) the record cache is filled through the
 * plugin's own read-through store and the heap per cached entry is measured; (3) it is filled far beyond its
 * configured size and must stay bounded. Arguments: home, cache size in MB, entries to measure, entries to fill.
 */
public final class RecordCacheMeasurement {
    /** Users probed from the database: near the end of the table, far from the ones the fill reads first. */
    private static final int[] PROBED = {900_001, 925_013, 950_029, 975_041, 999_999};
    private static final String PROBER = "prober";
    private static final int CHECKPOINTS = 6;

    private RecordCacheMeasurement() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        int sizeMb = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        int filled = Integer.parseInt(args[3]);
        EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(Paths.get(args[0])).withoutPlugin()
                .timeout(Duration.ofMinutes(3))
                .property("lastpresence.cache.sizeMB", Integer.toString(sizeMb))
                // No replay of offline contacts at login: that would read the probed records before the probe.
                .property("lastpresence.login.offline", "false")
                .start();
        Accounts accounts = openfire.accounts();
        accounts.createUser(PROBER, PROBER);
        for (int index : PROBED) {
            accounts.createUser(StoredRecords.username(index), "unused");
            accounts.subscribeBoth(PROBER, StoredRecords.username(index));
        }
        PluginLoad.installAndTimeMicros(openfire);
        @SuppressWarnings("unchecked")
        Cache<String, String> cache = RecordCache.find();

        probeFromDatabase(openfire, cache);
        fill(openfire, cache, measured, filled);
        Runtime.getRuntime().halt(0);
    }

    private static void probeFromDatabase(EmbeddedOpenfire openfire, Cache<String, String> cache) throws IOException {
        try (RawXmppClient client = RawXmppClient.login(openfire.clientPort(), PROBER, PROBER, "bench")) {
            // Openfire routes presence only to available sessions.
            client.write("<presence/>");
            client.ping("ready");
            for (int index : PROBED) {
                String user = StoredRecords.username(index);
                Figures.emit("probeCachedBefore", cache.containsKey(user) ? 1 : 0);
                Figures.emit("probeFromDatabaseMicros", probeMicros(client, index, "db"));
                Figures.emit("probeCachedAfter", cache.containsKey(user) ? 1 : 0);
                Figures.emit("probeFromCacheMicros", probeMicros(client, index, "cache"));
            }
        }
    }

    /** Probes one stored user and checks the answer is that user's stored record; returns the round trip. */
    private static long probeMicros(RawXmppClient client, int index, String id) throws IOException {
        String user = StoredRecords.username(index);
        long started = System.nanoTime();
        client.write("<presence type='probe' id='" + id + index + "' to='" + user + "@" + EmbeddedOpenfire.DOMAIN
                + "'/>");
        String answer = client.awaitPresenceContaining("from=\"" + user + "@" + EmbeddedOpenfire.DOMAIN + "\"");
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
        String stamp = "stamp=\"" + Instant.ofEpochMilli(StoredRecords.offlineMillis(index)) + "\"";
        boolean stored = answer.contains("type=\"unavailable\"")
                && answer.contains("<status>" + StoredRecords.status(index) + "</status>")
                && answer.contains("urn:xmpp:delay") && answer.contains(stamp);
        Figures.emit("probeAnsweredWithStoredRecord", stored ? 1 : 0);
        if (!stored) {
            System.out.println("unexpected answer to the probe of " + user + " (wanted its status and " + stamp
                    + "): " + answer);
        }
        return micros;
    }

    private static void fill(EmbeddedOpenfire openfire, Cache<String, String> cache, int measured, int filled)
            throws ReflectiveOperationException {
        ReadThrough store = new ReadThrough(openfire.plugin().orElseThrow());
        Figures.emit("cacheMaxBytes", cache.getMaxCacheSize());
        int startEntries = cache.size();
        long startEstimate = cache.getCacheSize();
        long startHeap = HeapMeter.settledUsed();
        long started = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            store.find(StoredRecords.username(i));
        }
        Figures.emit("fillMicrosPerRecord", TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started) / measured);
        int entries = cache.size() - startEntries;
        Figures.emit("measuredEntries", entries);
        Figures.emit("heapBytesPerEntry", (HeapMeter.settledUsed() - startHeap) / entries);
        Figures.emit("openfireEstimateBytesPerEntry", (cache.getCacheSize() - startEstimate) / entries);

        int read = measured;
        for (int checkpoint = 1; checkpoint <= CHECKPOINTS; checkpoint++) {
            int until = measured + (int) ((long) (filled - measured) * checkpoint / CHECKPOINTS);
            for (; read < until; read++) {
                store.find(StoredRecords.username(read));
            }
            Figures.emit("boundRead", read);
            Figures.emit("boundEntries", cache.size());
            Figures.emit("boundEstimateBytes", cache.getCacheSize());
        }
        Figures.emit("boundHeapBytes", HeapMeter.settledUsed() - startHeap);
        Figures.emit("boundFinalEntries", cache.size() - startEntries);
    }

    /** The running plugin's LastPresenceStore.find, reached by reflection: its classes live in the archive. */
    private static final class ReadThrough {
        private final Object store;
        private final Method find;

        ReadThrough(Plugin plugin) throws ReflectiveOperationException {
            Optional<?> services = (Optional<?>) plugin.getClass().getMethod("services").invoke(null);
            store = services.orElseThrow().getClass().getMethod("store").invoke(services.get());
            find = store.getClass().getMethod("find", String.class);
        }

        void find(String username) {
            try {
                find.invoke(store, username);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("LastPresenceStore.find(" + username + ") failed", e);
            }
        }
    }
}

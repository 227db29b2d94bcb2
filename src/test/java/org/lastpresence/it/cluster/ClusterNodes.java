package org.lastpresence.it.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jivesoftware.openfire.cluster.ClusterManager;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.ExternalDatabase;

/** Boots one cluster node in this JVM (its own home, the shared database) and joins it to the cluster. */
final class ClusterNodes {
    static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);
    private static final String CLUSTERED_CLASS_PROPERTY = "cache.clustering.clustered.class";

    private ClusterNodes() {
    }

    static EmbeddedOpenfire boot(Path home, ExternalDatabase database, boolean withPlugin,
            Map<String, String> properties) {
        EmbeddedOpenfire.Builder builder = EmbeddedOpenfire.builder(home).database(database)
                // Read by CacheFactory's static initialiser when Openfire boots (so CacheFactory must not be touched
                // before: its CLUSTERED_CACHE_PROPERTY_NAME is not a compile-time constant); loaded from the class
                // path.
                .property(CLUSTERED_CLASS_PROPERTY, HazelcastCacheStrategy.class.getName());
        if (!withPlugin) {
            builder.withoutPlugin();
        }
        properties.forEach(builder::property);
        return builder.start();
    }

    /**
     * Turns clustering on (what Openfire's admin console does; in 4.2.0 the clustering plugin would then call
     * {@code ClusterManager.startup()}, here the property listener does) and waits for {@code members} members.
     */
    static void join(int members) {
        ClusterManager.setClusteringEnabled(true);
        awaitMembers(members);
    }

    static void awaitMembers(int members) {
        Await.until("clustering started with " + members + " member(s)", JOIN_TIMEOUT,
                () -> ClusterManager.isClusteringStarted() && ClusterManager.getNodesInfo().size() == members);
    }
}

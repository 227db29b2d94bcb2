package org.lastpresence.it.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.hazelcast.core.MemberAttributeEvent;
import com.hazelcast.core.MembershipEvent;
import com.hazelcast.core.MembershipListener;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.spi.ClientRoute;
import org.jivesoftware.openfire.spi.RoutingTableImpl;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells Openfire's {@link ClusterManager} when another node joins or leaves and when this node becomes senior.
 * Openfire 4.2.0 itself drops the lost node's routes on {@code leftCluster(nodeID)}; this also forgets the lost
 * node's entries in the "Client Session Info Cache", so their presence reads as unavailable. No unavailable
 * presence is sent for the lost node's users (4.2.0 sends none either).
 */
final class MembershipEvents implements MembershipListener {
    private static final Logger LOG = LoggerFactory.getLogger(MembershipEvents.class);

    private final HazelcastCacheStrategy strategy;
    private volatile boolean senior;

    MembershipEvents(HazelcastCacheStrategy strategy, boolean senior) {
        this.strategy = strategy;
        this.senior = senior;
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        if (event.getMember().localMember()) {
            return;
        }
        String uuid = event.getMember().getUuid();
        strategy.noteJoined(uuid);
        LOG.info("Cluster member joined: {}", uuid);
        ClusterManager.fireJoinedCluster(NodeIds.of(uuid), true);
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        if (event.getMember().localMember()) {
            return;
        }
        String uuid = event.getMember().getUuid();
        byte[] nodeID = NodeIds.of(uuid);
        List<String> lostSessions = sessionsOf(nodeID);
        LOG.info("Cluster member left: {} ({} client sessions lost)", uuid, lostSessions.size());
        strategy.noteLeft(uuid);
        ClusterManager.fireLeftCluster(nodeID);
        if (!senior && strategy.isSeniorClusterMember()) {
            senior = true;
            ClusterManager.fireMarkedAsSeniorClusterMember();
        }
        Cache<String, ?> sessionInfo = SessionManager.getInstance().getSessionInfoCache();
        for (String fullJid : lostSessions) {
            sessionInfo.remove(fullJid);
        }
    }

    @Override
    public void memberAttributeChanged(MemberAttributeEvent event) {
        // Openfire uses no member attributes.
    }

    private static List<String> sessionsOf(byte[] nodeID) {
        List<String> sessions = new ArrayList<>();
        for (String cacheName : new String[] {RoutingTableImpl.C2S_CACHE_NAME,
                RoutingTableImpl.ANONYMOUS_C2S_CACHE_NAME}) {
            Cache<String, ClientRoute> routes = CacheFactory.createCache(cacheName);
            for (Map.Entry<String, ClientRoute> route : routes.entrySet()) {
                if (route.getValue().getNodeID().equals(nodeID)) {
                    sessions.add(route.getKey());
                }
            }
        }
        return sessions;
    }
}

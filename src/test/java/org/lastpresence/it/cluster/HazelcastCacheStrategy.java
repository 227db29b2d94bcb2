package org.lastpresence.it.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.Cluster;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.Member;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.cluster.ClusterNodeInfo;
import org.jivesoftware.openfire.cluster.NodeID;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.jivesoftware.util.cache.CacheFactoryStrategy;
import org.jivesoftware.util.cache.CacheWrapper;
import org.jivesoftware.util.cache.ClusterTask;
import org.jivesoftware.util.cache.ExternalizableUtil;
import org.jivesoftware.util.cache.ExternalizableUtilStrategy;
import org.lastpresence.it.support.Await;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Openfire 4.2.0's clustered {@link CacheFactoryStrategy} on Hazelcast 3.9, for tests: named by
 * {@code cache.clustering.clustered.class} and loaded from the class path, it replaces Openfire's Hazelcast
 * plugin (not on Maven Central). Caches are Hazelcast maps, cluster tasks run on Hazelcast's executor, node ids
 * are member UUIDs, the oldest member is senior, and membership changes go to {@link ClusterManager}.
 * (CacheFactory warns "Unable to find a Plugin that provides clustering support" and then loads this class from the
 * thread's context class loader: expected.)
 */
// Openfire 4.2.0's CacheFactoryStrategy declares raw Cache types; implementing it needs them.
@SuppressWarnings("rawtypes")
public final class HazelcastCacheStrategy implements CacheFactoryStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(HazelcastCacheStrategy.class);
    private static final String EXECUTOR = "openfire-cluster-tasks";
    private static final long TASK_TIMEOUT_SECONDS = 30;

    private volatile HazelcastInstance hazelcast;
    private volatile Cluster cluster;
    private MembershipEvents membership;
    private String membershipRegistration;
    private ExternalizableUtilStrategy previousSerialization;
    private final Map<String, Long> joinedTimes = new ConcurrentHashMap<>();
    private final Map<Object, Lock> localLocks = new ConcurrentHashMap<>();

    @Override
    public boolean startCluster() {
        XMPPServer server = XMPPServer.getInstance();
        ClassLoader loader = new PluginsClassLoader(HazelcastCacheStrategy.class.getClassLoader());
        previousSerialization = ExternalizableUtil.getInstance().getStrategy();
        ExternalizableUtil.getInstance().setStrategy(new JavaSerialization(loader));
        server.setRemoteSessionLocator(new RemoteSessions());
        server.getRoutingTable().setRemotePacketRouter(new ClusterPacketRouter());
        try {
            hazelcast = Hazelcast.newHazelcastInstance(HazelcastConfig.fromSystemProperties(loader));
        } catch (RuntimeException e) {
            LOG.error("Hazelcast did not start; staying local", e);
            resetServer(server);
            return false;
        }
        cluster = hazelcast.getCluster();
        long now = cluster.getClusterTime();
        for (Member member : cluster.getMembers()) {
            joinedTimes.putIfAbsent(member.getUuid(), now);
        }
        server.setNodeID(NodeID.getInstance(getClusterMemberID()));
        // Asynchronous: when clustering is switched on through the "clustering.enabled" property, this runs under
        // the lock of Openfire's XMLProperties, which the event dispatcher needs too. The dispatcher still lets
        // CacheFactory swap every cache for a clustered one before Openfire's listeners hear of the join.
        ClusterManager.fireJoinedCluster(true);
        boolean senior = isSeniorClusterMember();
        membership = new MembershipEvents(this, senior);
        membershipRegistration = cluster.addMembershipListener(membership);
        if (senior) {
            ClusterManager.fireMarkedAsSeniorClusterMember();
        }
        LOG.info("Joined the cluster as " + cluster.getLocalMember().getUuid() + " (" + cluster.getMembers().size()
                + " members, senior: " + senior + ")");
        return true;
    }

    @Override
    public void stopCluster() {
        HazelcastInstance running = hazelcast;
        if (running == null) {
            return;
        }
        // Let CacheFactory copy the caches back to local ones while the maps can still be read.
        ClusterManager.fireLeftCluster();
        try {
            Await.until("CacheFactory to leave the cluster", Duration.ofSeconds(10),
                    () -> !CacheFactory.isClusteringStarted());
            synchronized (CacheFactory.class) {
                // CacheFactory.leftCluster() holds this lock while it migrates the caches: wait for its end.
                LOG.debug("Caches are local again");
            }
        } catch (AssertionError e) {
            LOG.warn("Leaving the cluster without local copies of the caches: " + e.getMessage());
        }
        try {
            cluster.removeMembershipListener(membershipRegistration);
            running.shutdown();
        } finally {
            hazelcast = null;
            cluster = null;
            joinedTimes.clear();
            resetServer(XMPPServer.getInstance());
        }
    }

    private void resetServer(XMPPServer server) {
        server.setNodeID(null);
        server.getRoutingTable().setRemotePacketRouter(null);
        server.setRemoteSessionLocator(null);
        if (previousSerialization != null) {
            ExternalizableUtil.getInstance().setStrategy(previousSerialization);
        }
    }

    @Override
    public Cache createCache(String name) {
        HazelcastInstance running = requireRunning();
        long lifetime = CacheFactory.getMaxCacheLifetime(name);
        long size = CacheFactory.getMaxCacheSize(name);
        MapConfig config = new MapConfig(name);
        // Hazelcast: 0 means forever; Openfire: -1 does.
        config.setTimeToLiveSeconds(lifetime <= 0 ? 0 : (int) Math.max(1, lifetime / 1000));
        try {
            running.getConfig().addMapConfig(config);
        } catch (RuntimeException e) {
            // Another node added the same map first; its lifetime is the same property.
            LOG.debug("Map config of {} already present: {}", name, e.toString());
        }
        return new HazelcastCache<>(name, running.getMap(name), size, lifetime);
    }

    @Override
    public void destroyCache(Cache cache) {
        Cache unwrapped = unwrap(cache);
        if (unwrapped instanceof HazelcastCache) {
            ((HazelcastCache<?, ?>) unwrapped).map().destroy();
        }
    }

    @Override
    public boolean isSeniorClusterMember() {
        Cluster current = cluster;
        return current == null || current.getMembers().iterator().next().localMember();
    }

    @Override
    public Collection<ClusterNodeInfo> getClusterNodesInfo() {
        Cluster current = cluster;
        if (current == null) {
            return Collections.emptyList();
        }
        List<ClusterNodeInfo> nodes = new ArrayList<>();
        boolean first = true;
        for (Member member : current.getMembers()) {
            nodes.add(info(member, first));
            first = false;
        }
        return nodes;
    }

    @Override
    public int getMaxClusterNodes() {
        return 64;
    }

    @Override
    public byte[] getSeniorClusterMemberID() {
        Cluster current = cluster;
        return current == null ? null : NodeIds.of(current.getMembers().iterator().next().getUuid());
    }

    @Override
    public byte[] getClusterMemberID() {
        Cluster current = cluster;
        return current == null ? null : NodeIds.of(current.getLocalMember().getUuid());
    }

    @Override
    public long getClusterTime() {
        Cluster current = cluster;
        return current == null ? System.currentTimeMillis() : current.getClusterTime();
    }

    @Override
    public void doClusterTask(ClusterTask<?> task) {
        Set<Member> others = others();
        if (!others.isEmpty()) {
            executor().submitToMembers(new TaskCall(task), others);
        }
    }

    @Override
    public void doClusterTask(ClusterTask<?> task, byte[] nodeID) {
        executor().submitToMember(new TaskCall(task), member(nodeID));
    }

    @Override
    public Collection<Object> doSynchronousClusterTask(ClusterTask<?> task, boolean includeLocalMember) {
        Cluster current = cluster;
        if (current == null) {
            return Collections.emptyList();
        }
        Set<Member> members = includeLocalMember ? current.getMembers() : others();
        List<Object> results = new ArrayList<>();
        if (members.isEmpty()) {
            return results;
        }
        Map<Member, Future<Object>> futures = executor().submitToMembers(new TaskCall(task), members);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TASK_TIMEOUT_SECONDS);
        for (Future<Object> future : futures.values()) {
            try {
                results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                LOG.error("Cluster task {} timed out", task.getClass().getName());
            } catch (Exception e) {
                LOG.error("Cluster task {} failed", task.getClass().getName(), e);
            }
        }
        return results;
    }

    @Override
    public Object doSynchronousClusterTask(ClusterTask<?> task, byte[] nodeID) {
        Future<Object> future = executor().submitToMember(new TaskCall(task), member(nodeID));
        try {
            return future.get(TASK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            LOG.error("Cluster task " + task.getClass().getName() + " on " + NodeIds.uuid(nodeID) + " failed", e);
            return null;
        }
    }

    @Override
    public void updateCacheStats(Map<String, Cache> caches) {
        // Only the admin console's cache page reads these statistics; the tests do not.
    }

    @Override
    public Lock getLock(Object key, Cache cache) {
        Cache unwrapped = unwrap(cache);
        if (unwrapped instanceof HazelcastCache) {
            return new MapLock(((HazelcastCache<?, ?>) unwrapped).map(), key);
        }
        return localLocks.computeIfAbsent(List.of(cache.getName(), key), k -> new ReentrantLock());
    }

    @Override
    public String getPluginName() {
        return "hazelcast";
    }

    @Override
    public ClusterNodeInfo getClusterNodeInfo(byte[] nodeID) {
        Cluster current = cluster;
        if (current == null) {
            return null;
        }
        Member senior = current.getMembers().iterator().next();
        for (Member member : current.getMembers()) {
            if (member.getUuid().equals(NodeIds.uuid(nodeID))) {
                return info(member, member.equals(senior));
            }
        }
        return null;
    }

    void noteJoined(String uuid) {
        joinedTimes.putIfAbsent(uuid, getClusterTime());
    }

    void noteLeft(String uuid) {
        joinedTimes.remove(uuid);
    }

    private ClusterNodeInfo info(Member member, boolean senior) {
        long joined = joinedTimes.getOrDefault(member.getUuid(), getClusterTime());
        return new MemberInfo(member.getAddress().getHost(), NodeID.getInstance(NodeIds.of(member.getUuid())),
                joined, senior);
    }

    private Set<Member> others() {
        Cluster current = cluster;
        if (current == null) {
            return Collections.emptySet();
        }
        return current.getMembers().stream().filter(member -> !member.localMember()).collect(Collectors.toSet());
    }

    private Member member(byte[] nodeID) {
        Cluster current = cluster;
        if (current == null) {
            throw new IllegalStateException("Not in a cluster");
        }
        String uuid = NodeIds.uuid(nodeID);
        for (Member member : current.getMembers()) {
            if (member.getUuid().equals(uuid)) {
                return member;
            }
        }
        throw new IllegalStateException("No cluster member " + uuid);
    }

    private IExecutorService executor() {
        return requireRunning().getExecutorService(EXECUTOR);
    }

    private HazelcastInstance requireRunning() {
        HazelcastInstance running = hazelcast;
        if (running == null) {
            throw new IllegalStateException("Not in a cluster");
        }
        return running;
    }

    private static Cache unwrap(Cache cache) {
        return cache instanceof CacheWrapper ? ((CacheWrapper) cache).getWrappedCache() : cache;
    }
}

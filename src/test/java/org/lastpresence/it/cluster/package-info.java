/**
 * A real two-node Openfire 4.2.0 cluster for integration tests, without Openfire's Hazelcast plugin (not on Maven
 * Central): {@link org.lastpresence.it.cluster.OpenfireCluster} starts an HSQLDB server, node 1 in the test JVM and
 * node 2 in a child JVM ({@link org.lastpresence.it.cluster.ClusterNode}), each on its own home.
 *
 * <p>How Openfire is clustered here: the property {@code cache.clustering.clustered.class} names
 * {@link org.lastpresence.it.cluster.HazelcastCacheStrategy}, which CacheFactory loads from the class path;
 * setting {@code clustering.enabled} makes ClusterManager start it. The strategy starts a Hazelcast 3.9.2 member
 * (loopback, TCP-IP join, no multicast, no phone-home), installs the cluster's ExternalizableUtil strategy, the
 * remote session locator and the remote packet router, sets the node id (the member UUID) and fires the join;
 * CacheFactory then swaps every cache for a Hazelcast map. Cluster tasks run on Hazelcast's executor; membership
 * events become ClusterManager events (Openfire 4.2.0 itself drops a lost node's routes).
 *
 * <p>Sessions on the other node are surrogates whose presence comes from the clustered "Client Session Info
 * Cache" and whose operations run as {@link org.lastpresence.it.cluster.SessionTask}s there; a stanza for the
 * other node travels as a {@link org.lastpresence.it.cluster.RoutePacketTask} and is routed locally there.
 */
package org.lastpresence.it.cluster;

package org.lastpresence.it.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jivesoftware.openfire.cluster.ClusterManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lastpresence.it.support.Accounts;
import org.lastpresence.it.support.ChildJvm;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.FreePort;
import org.lastpresence.it.support.HsqldbServer;

/**
 * A real two-node Openfire 4.2.0 cluster for a test class (a static {@code @RegisterExtension} field): one HSQLDB
 * server, node 1 in the test JVM, node 2 in a child JVM, each with its own home (and the plugin archive, unless
 * {@link #withoutPlugin()}), joined through Hazelcast on 127.0.0.1 by {@link HazelcastCacheStrategy}.
 */
public final class OpenfireCluster implements BeforeAllCallback, AfterAllCallback {
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(90);

    private final boolean withPlugin;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private HsqldbServer database;
    private EmbeddedOpenfire node1;
    private ChildJvm.Running node2;
    private int node2Port;
    private final AtomicInteger commands = new AtomicInteger();

    private OpenfireCluster(boolean withPlugin) {
        this.withPlugin = withPlugin;
    }

    /** Both nodes with the built Last Presence archive installed. */
    public static OpenfireCluster withPlugin() {
        return new OpenfireCluster(true);
    }

    /** Both nodes as bare Openfire: what the cluster does without the plugin. */
    public static OpenfireCluster withoutPlugin() {
        return new OpenfireCluster(false);
    }

    /** An Openfire system property stored before the nodes boot. */
    public OpenfireCluster property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        long started = System.nanoTime();
        String name = context.getRequiredTestClass().getSimpleName();
        database = HsqldbServer.start(EmbeddedOpenfire.freshHome(name + "-db"));
        int port1 = FreePort.find();
        int port2 = FreePort.find();
        while (port2 == port1) {
            port2 = FreePort.find();
        }
        String members = port1 + "," + port2;
        System.setProperty(HazelcastConfig.PORT_PROPERTY, Integer.toString(port1));
        System.setProperty(HazelcastConfig.MEMBERS_PROPERTY, members);
        node1 = ClusterNodes.boot(EmbeddedOpenfire.freshHome(name + "-node1"), database.database(), withPlugin,
                properties);
        ClusterNodes.join(1);

        Path home2 = EmbeddedOpenfire.freshHome(name + "-node2");
        List<String> args = new ArrayList<>(List.of(home2.toString(), Integer.toString(database.port()),
                withPlugin ? "plugin" : "noplugin", "2"));
        properties.forEach((key, value) -> args.add(key + "=" + value));
        node2 = ChildJvm.of(ClusterNode.class).args(args.toArray(new String[0]))
                .systemProperty(HazelcastConfig.PORT_PROPERTY, Integer.toString(port2))
                .systemProperty(HazelcastConfig.MEMBERS_PROPERTY, members)
                .start();
        String ready = node2.awaitLine(ClusterNode.READY, NODE_TIMEOUT);
        node2Port = Integer.parseInt(ready.substring(ClusterNode.READY.length()).trim());
        ClusterNodes.awaitMembers(2);
        System.out.println("cluster of 2 ready in " + (System.nanoTime() - started) / 1_000_000 + " ms (node 1 port "
                + node1.clientPort() + ", node 2 port " + node2Port + ", plugin " + withPlugin + ")");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (node2 != null && node2.isAlive()) {
                node2.send(ClusterNode.STOP);
                node2.awaitExit(Duration.ofSeconds(30));
            }
        } finally {
            try {
                if (node1 != null) {
                    node1.stop();
                }
            } finally {
                if (database != null) {
                    database.stop();
                }
            }
        }
    }

    /** Node 1, in this JVM: its Openfire objects can be used directly. */
    public EmbeddedOpenfire node1() {
        return node1;
    }

    public int node1Port() {
        return node1.clientPort();
    }

    public int node2Port() {
        return node2Port;
    }

    /** Users and rosters (in the shared database, through node 1's clustered caches). */
    public Accounts accounts() {
        return node1.accounts();
    }

    /** Creates these accounts, each with its name as password. */
    public void users(String... names) {
        for (String name : names) {
            accounts().createUser(name, name);
        }
    }

    /** Creates two accounts subscribed to each other (both). */
    public void pair(String first, String second) {
        users(first, second);
        accounts().subscribeBoth(first, second);
    }

    /** Cluster members as node 1 sees them. */
    public int members() {
        return ClusterManager.getNodesInfo().size();
    }

    /** Runs a command on node 2 (in its JVM) and returns its one-line answer; an AssertionError if it failed. */
    public String onNode2(Class<? extends NodeCommand> command, String argument) {
        int id = commands.incrementAndGet();
        node2.send(ClusterNode.RUN + id + " " + command.getName() + " " + argument);
        String line = node2.awaitLine("the answer to command " + id,
                output -> output.startsWith(ClusterNode.RESULT + id + " ")
                        || output.startsWith(ClusterNode.FAILED + id + " "), Duration.ofSeconds(30));
        if (line.startsWith(ClusterNode.FAILED)) {
            throw new AssertionError("On node 2: " + line);
        }
        return line.substring((ClusterNode.RESULT + id + " ").length());
    }

    /** Kills node 2's JVM (no shutdown at all) and waits until node 1 sees it gone. */
    public void killNode2() {
        node2.kill();
        ClusterNodes.awaitMembers(1);
    }

    /** Stops node 2's Openfire cleanly and waits until node 1 sees it gone. */
    public void stopNode2() {
        node2.send(ClusterNode.STOP);
        node2.awaitLine(ClusterNode.STOPPED, Duration.ofSeconds(30));
        node2.awaitExit(Duration.ofSeconds(30));
        ClusterNodes.awaitMembers(1);
    }
}

package org.lastpresence.it.cluster;

import java.util.ArrayList;
import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * The Hazelcast member configuration of a test node, from two system properties the harness sets: this node's
 * port and every node's port. Loopback only: multicast off, TCP-IP join on 127.0.0.1, no phone-home.
 */
final class HazelcastConfig {
    /** This node's Hazelcast port on 127.0.0.1. */
    static final String PORT_PROPERTY = "lastpresence.it.cluster.port";
    /** Comma-separated Hazelcast ports of all nodes (this one included). */
    static final String MEMBERS_PROPERTY = "lastpresence.it.cluster.members";

    private HazelcastConfig() {
    }

    static Config fromSystemProperties(ClassLoader loader) {
        String port = System.getProperty(PORT_PROPERTY);
        String members = System.getProperty(MEMBERS_PROPERTY);
        if (port == null || members == null) {
            throw new IllegalStateException("Set -D" + PORT_PROPERTY + " and -D" + MEMBERS_PROPERTY
                    + " (the harness does) before clustering starts");
        }
        Config config = new Config();
        config.setInstanceName("openfire-" + port);
        config.setClassLoader(loader);
        config.getGroupConfig().setName("lastpresence-it-" + members.replace(',', '-'));
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        // Join at once (default: wait 5 s) and notice a lost member within seconds (default: minutes).
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.max.wait.seconds.before.join", "1");
        config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "8");
        config.setProperty("hazelcast.merge.first.run.delay.seconds", "3600");
        config.setProperty("hazelcast.operation.call.timeout.millis", "15000");

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(Integer.parseInt(port));
        network.setPortAutoIncrement(false);
        network.setReuseAddress(true);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAwsConfig().setEnabled(false);
        List<String> addresses = new ArrayList<>();
        for (String member : members.split(",")) {
            addresses.add("127.0.0.1:" + member.trim());
        }
        join.getTcpIpConfig().setEnabled(true).setMembers(addresses).setConnectionTimeoutSeconds(2);
        return config;
    }
}

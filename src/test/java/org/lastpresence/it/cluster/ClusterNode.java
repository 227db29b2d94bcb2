package org.lastpresence.it.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.HsqldbServer;

/**
 * Main of a cluster node in a child JVM. Arguments: home, HSQLDB port, {@code plugin|noplugin}, members to
 * await, then {@code name=value} Openfire properties. Prints {@code CLUSTER-NODE READY <client port>} once it is
 * a cluster member; reads commands on standard input: {@code stop} (or end of input) stops the server and exits.
 */
public final class ClusterNode {
    static final String READY = "CLUSTER-NODE READY ";
    static final String STOPPED = "CLUSTER-NODE STOPPED";
    static final String STOP = "stop";

    private ClusterNode() {
    }

    public static void main(String[] args) {
        try {
            Map<String, String> properties = new LinkedHashMap<>();
            for (int i = 4; i < args.length; i++) {
                int equals = args[i].indexOf('=');
                properties.put(args[i].substring(0, equals), args[i].substring(equals + 1));
            }
            EmbeddedOpenfire node = ClusterNodes.boot(Paths.get(args[0]),
                    HsqldbServer.onPort(Integer.parseInt(args[1])), "plugin".equals(args[2]), properties);
            ClusterNodes.join(Integer.parseInt(args[3]));
            System.out.println(READY + node.clientPort());
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            while ((command = commands.readLine()) != null && !STOP.equals(command.trim())) {
                System.out.println("unknown command: " + command);
            }
            node.stop();
            System.out.println(STOPPED);
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
            System.exit(1);
        }
    }
}

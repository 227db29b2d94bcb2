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
 * a cluster member; reads commands on standard input: {@code run <id> <NodeCommand class> [argument]} answers
 * {@code CLUSTER-NODE RESULT <id> <answer>} (or {@code CLUSTER-NODE FAILED <id> <why>}); {@code stop} (or end of
 * input, when the test JVM is gone) stops the server and exits.
 */
public final class ClusterNode {
    static final String READY = "CLUSTER-NODE READY ";
    static final String STOPPED = "CLUSTER-NODE STOPPED";
    static final String STOP = "stop";
    static final String RUN = "run ";
    static final String RESULT = "CLUSTER-NODE RESULT ";
    static final String FAILED = "CLUSTER-NODE FAILED ";

    private ClusterNode() {
    }

    private static void run(String command) {
        if (!command.startsWith(RUN)) {
            System.out.println("unknown command: " + command);
            return;
        }
        String[] parts = command.substring(RUN.length()).split(" ", 3);
        try {
            NodeCommand task = (NodeCommand) Class.forName(parts[1]).getDeclaredConstructor().newInstance();
            String answer = task.run(parts.length > 2 ? parts[2] : "");
            System.out.println(RESULT + parts[0] + " " + answer.replace('\n', ' '));
        } catch (Exception e) {
            e.printStackTrace(System.out);
            System.out.println(FAILED + parts[0] + " " + e);
        }
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
                run(command.trim());
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

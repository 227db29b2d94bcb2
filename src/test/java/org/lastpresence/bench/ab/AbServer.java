package org.lastpresence.bench.ab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

import org.lastpresence.it.support.Accounts;
import org.lastpresence.it.support.EmbeddedOpenfire;

/**
 * The server JVM of the A/B benchmark, one server per JVM:
 * {@code AbServer prepare <home> <users> <contacts> <absentEvery>} creates the accounts on a new home and stops;
 * {@code AbServer a|b <home> <port> <ready file>} boots without (a) or with (b) the plugin, touches the ready
 * file and serves until killed (or until its parent, the orchestrator, ends).
 */
public final class AbServer {
    /** Probes are measured, not limited: the limit allows far more than the benchmark sends per session. */
    static final String PROBE_BURST = "10000";
    static final String PROBES_PER_MINUTE = "60000";

    private AbServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // Never outlive the orchestrator: a leftover server would keep its port and a core busy.
        ProcessHandle.current().parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        String mode = args[0];
        Path home = Paths.get(args[1]);
        if ("prepare".equals(mode)) {
            prepare(home, new RingRoster(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4])));
            System.exit(0);
        }
        EmbeddedOpenfire.Builder builder = EmbeddedOpenfire.builder(home).clientPort(Integer.parseInt(args[2]))
                .timeout(java.time.Duration.ofSeconds(120))
                .property("lastpresence.probe.burst", PROBE_BURST)
                .property("lastpresence.probe.perMinute", PROBES_PER_MINUTE);
        if ("a".equals(mode)) {
            builder.withoutPlugin();
        } else if (!"b".equals(mode)) {
            throw new IllegalArgumentException("mode must be prepare, a or b, was " + mode);
        }
        builder.start();
        Path ready = Paths.get(args[3]);
        Path partial = ready.resolveSibling(ready.getFileName() + ".part");
        Files.writeString(partial, Long.toString(ProcessHandle.current().pid()));
        Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
        new CountDownLatch(1).await();
    }

    /** Users u0..u(N-1) (password = name) and the ring's both-way subscriptions, through Openfire's managers. */
    private static void prepare(Path home, RingRoster roster) {
        long started = System.nanoTime();
        EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(home).withoutPlugin().start();
        Accounts accounts = openfire.accounts();
        for (int i = 0; i < roster.users(); i++) {
            accounts.createUser(RingRoster.name(i), RingRoster.name(i));
        }
        int pairs = 0;
        for (int[] pair : roster.pairs()) {
            accounts.subscribeBoth(RingRoster.name(pair[0]), RingRoster.name(pair[1]));
            pairs++;
        }
        openfire.stop();
        System.out.println("prepared " + roster.users() + " users and " + pairs + " both-way subscriptions in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}

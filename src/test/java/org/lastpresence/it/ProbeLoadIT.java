package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.XmppClient;

/**
 * A load run, not a timing test: clients probe an online user, an offline user and the domain as fast as they can
 * send; it checks that every probe is answered and prints the throughput it saw.
 */
class ProbeLoadIT {
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 250;

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes()
            .property("lastpresence.probe.burst", "10000");

    @Test
    @SuppressWarnings("try") // The client "online" only has to stay logged in while the others probe it.
    void everyProbeIsAnsweredUnderLoad() {
        OPENFIRE.pair("online", "offline");
        List<XmppClient> probers = new ArrayList<>();
        try (XmppClient online = XmppClient.login(OPENFIRE.port(), "online", "online", "desk")) {
            XmppClient offline = XmppClient.login(OPENFIRE.port(), "offline", "offline", "phone");
            offline.send("<presence type='unavailable'><status>away for the load run</status></presence>");
            offline.roundTrip();
            offline.dropConnection();
            for (int i = 0; i < CLIENTS; i++) {
                String name = "prober" + i;
                OPENFIRE.users(name);
                OPENFIRE.server().accounts().subscribe(name, "online");
                OPENFIRE.server().accounts().subscribe(name, "offline");
                probers.add(XmppClient.login(OPENFIRE.port(), name, name, "load"));
            }
            probers.forEach(XmppClient::roundTrip);
            int[] marks = probers.stream().mapToInt(XmppClient::mark).toArray();

            long started = System.nanoTime();
            for (int round = 0; round < ROUNDS; round++) {
                for (XmppClient prober : probers) {
                    prober.send("<presence type='probe' to='online@localhost'/>"
                            + "<presence type='probe' to='offline@localhost'/>"
                            + "<presence type='probe' to='localhost'/>");
                }
            }
            Duration timeout = Duration.ofSeconds(60);
            for (int i = 0; i < CLIENTS; i++) {
                awaitCount(probers.get(i), marks[i], fromBare("online@localhost"), timeout);
                awaitCount(probers.get(i), marks[i], fromBare("offline@localhost"), timeout);
                awaitCount(probers.get(i), marks[i], from("localhost"), timeout);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int probes = CLIENTS * ROUNDS * 3;
            System.out.printf("load run: %d probes from %d clients answered in %.2f s, %.0f probes/s%n", probes,
                    CLIENTS, seconds, probes / seconds);
            for (int i = 0; i < CLIENTS; i++) {
                assertEquals(0, probers.get(i).presencesSince(marks[i]).stream()
                        .filter(received -> received.type() == Presence.Type.error).count());
            }
        } finally {
            probers.forEach(XmppClient::close);
        }
    }

    private static void awaitCount(XmppClient client, int mark, Predicate<Presence> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = mark;
        for (int answered = 0; answered < ROUNDS; answered++) {
            long remaining = Math.max(1, deadline - System.nanoTime());
            next = client.awaitPresenceAfter(next, matching, Duration.ofNanos(remaining)).index() + 1;
        }
    }
}

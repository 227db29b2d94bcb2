package org.lastpresence.it.support;

import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.ofType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jivesoftware.smack.packet.Presence;

/**
 * Sends a probe and collects everything it caused. The plugin answers probes of users in arrival order, so
 * once the answer to a following marker probe is in, every answer to the probe under test is in too.
 */
public final class Probing {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger IDS = new AtomicInteger();

    private Probing() {
    }

    /** Sends {@code <presence type='probe' to='…'/>} and returns every presence from {@code answersFrom} it caused. */
    public static List<ReceivedPresence> probe(XmppClient client, String to, Predicate<Presence> answersFrom) {
        // What the server sent before (e.g. the presence replayed at login, which the plugin sends from the same
        // thread as probe answers, so a marker probe's answer comes after it) must not count as an answer.
        awaitQuiet(client, client.mark());
        int mark = client.mark();
        client.send("<presence type='probe' id='probe-" + IDS.incrementAndGet() + "' to='" + to + "'/>");
        awaitQuiet(client, mark);
        return client.presencesSince(mark).stream().filter(received -> answersFrom.test(received.stanza()))
                .collect(Collectors.toList());
    }

    /**
     * Like {@link #probe}, on an Openfire without the plugin: Openfire answers a client's probe on that client's
     * packet thread, so every answer has arrived once a following ping is answered.
     */
    public static List<ReceivedPresence> probeWithoutPlugin(XmppClient client, String to,
                                                            Predicate<Presence> answersFrom) {
        client.roundTrip();
        int mark = client.mark();
        client.send("<presence type='probe' id='probe-" + IDS.incrementAndGet() + "' to='" + to + "'/>");
        client.roundTrip();
        return client.presencesSince(mark).stream().filter(received -> answersFrom.test(received.stanza()))
                .collect(Collectors.toList());
    }

    /**
     * Waits until every answer to probes sent before now has arrived (marker: a probe to a user who does not exist).
     */
    public static void awaitQuiet(XmppClient client, int mark) {
        String marker = "marker-" + IDS.incrementAndGet() + "@" + EmbeddedOpenfire.DOMAIN;
        client.send("<presence type='probe' to='" + marker + "'/>");
        client.awaitPresenceAfter(mark, from(marker).and(ofType(Presence.Type.unsubscribed)), WAIT);
        // The ping's answer comes after any stanza Openfire itself queued for this stream before it.
        client.roundTrip();
    }
}

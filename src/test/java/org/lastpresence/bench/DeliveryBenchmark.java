package org.lastpresence.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.lastpresence.PluginContext;
import org.lastpresence.PluginCounters;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.stamps.DeliveryStamper;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.Stanzas;
import org.lastpresence.testing.TablePrivacyRules;
import org.lastpresence.testing.TableSessions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * What the stamper costs per delivered stanza: a live broadcast and a stanza that is not a user's presence must
 * cost no allocation in the plugin (run with {@code -prof gc}: 0 B/op); a replay gets its stamped copy.
 * Thread-scoped: the per-thread routing marks are set up on the thread that delivers, as in Openfire.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeliveryBenchmark {
    private DeliveryStamper stamper;
    private Presence liveBroadcast;
    private Presence subscriptionRequest;
    private Presence replay;
    private JID recipient;
    private JID replayOf;

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        LiveSettings settings = new LiveSettings(new MapProperties());
        PluginContext context = new PluginContext("localhost", clock, settings, new PluginCounters(clock),
                new FailureLog(LoggerFactory.getLogger(DeliveryBenchmark.class), clock), presence -> { });
        TableSessions sessions = new TableSessions();
        ResourceStates resources = new ResourceStates(sessions, new ConcurrentHashMap<>(), () -> "local");
        LastPresenceStore store = new LastPresenceStore(new InMemoryDatabase());
        DeliveryContext delivery = new DeliveryContext();
        stamper = new DeliveryStamper(context, resources, new VisibleRecords(store, settings, clock), delivery,
                new Disclosure(new TablePrivacyRules()));
        JID alice = new JID("alice@localhost/phone");
        Presence state = Stanzas.presence("<presence><show>away</show><status>in a meeting</status></presence>");
        resources.apply(alice, state, Instant.now().minusSeconds(600));
        sessions.update(alice, state);
        recipient = new JID("bob@localhost/desk");
        liveBroadcast = Stanzas.presence("<presence from='alice@localhost/phone' to='bob@localhost'>"
                + "<show>dnd</show><status>on a call</status></presence>");
        subscriptionRequest = Stanzas.presence(
                "<presence type='subscribe' from='carol@localhost' to='bob@localhost'/>");
        replay = Stanzas.presence("<presence from='alice@localhost/phone' to='bob@localhost/desk'>"
                + "<show>away</show><status>in a meeting</status></presence>");
        // This thread routes alice's change now: its copies are live (D2).
        delivery.begin();
        delivery.markLive(alice.toString());
        replayOf = new JID("dave@localhost/laptop");
        resources.apply(replayOf, state, Instant.now().minusSeconds(60));
        sessions.update(replayOf, state);
        replay.setFrom(replayOf);
    }

    @Benchmark
    public Object liveBroadcastGetsNoStamp() {
        return stamper.stamped(liveBroadcast, recipient);
    }

    @Benchmark
    public Object otherPresencePassesUntouched() {
        return stamper.stamped(subscriptionRequest, recipient);
    }

    @Benchmark
    public Object replayGetsItsStampedCopy() {
        return stamper.stamped(replay, recipient);
    }
}

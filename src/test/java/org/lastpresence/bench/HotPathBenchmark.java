package org.lastpresence.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.lastpresence.lastactivity.LastActivityResults;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.privacy.Visibility;
import org.lastpresence.probes.UserProbeAnswers;
import org.lastpresence.recording.ResourceState;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.Stanzas;
import org.lastpresence.testing.TableSessions;
import org.lastpresence.testing.TablePrivacyRules;
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
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** What the plugin adds on a packet thread: recording a broadcast, answering a probe, with 100,000 users stored. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathBenchmark {
    private static final int USERS = 100_000;

    private final Clock clock = Clock.systemUTC();
    private ResourceStates states;
    private LastPresenceStore store;
    private Presence broadcast;
    private JID resource;
    private List<ResourceState> available;
    private JID prober;
    private JID user;
    private LastActivityResults lastActivity;
    private IQ pingResult;
    private IQ lastActivityResult;

    @Setup
    public void setUp() {
        TableSessions sessions = new TableSessions();
        states = new ResourceStates(sessions, new ConcurrentHashMap<>(), () -> "local");
        store = new LastPresenceStore(new InMemoryDatabase());
        Instant now = clock.instant();
        for (int i = 0; i < USERS; i++) {
            store.put(new LastPresenceRecord("user" + i, "phone", "status of user " + i, now, null));
        }
        broadcast = Stanzas.presence("<presence><show>away</show><status>in a meeting</status><priority>5</priority>"
                + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='https://example.org' ver='abc='/>"
                + "</presence>");
        resource = new JID("user42@localhost/phone");
        states.apply(resource, broadcast, now);
        sessions.update(resource, broadcast);
        available = states.available("user42");
        prober = new JID("bob@localhost/desk");
        user = new JID("user42@localhost");
        LiveSettings settings = new LiveSettings(new MapProperties());
        lastActivity = new LastActivityResults("localhost", settings, states,
                new VisibleRecords(store, settings, clock), new Disclosure(new TablePrivacyRules()), clock);
        pingResult = iq("<iq type='result' id='ping-1' from='localhost' to='bob@localhost/desk'/>");
        lastActivityResult = iq("<iq type='result' id='last-1' from='user77@localhost' to='bob@localhost/desk'>"
                + "<query xmlns='jabber:iq:last' seconds='3'/></iq>");
    }

    /** Every IQ delivered to a client passes here: one that is no jabber:iq:last result. */
    @Benchmark
    public Object deliverIqThatIsNoLastActivityResult() {
        return lastActivity.correctedCopy(pingResult, prober);
    }

    /** Openfire's jabber:iq:last result about an offline user, corrected to the record. */
    @Benchmark
    public Object deliverLastActivityResultCorrected() {
        return lastActivity.correctedCopy(lastActivityResult, prober);
    }

    private static IQ iq(String xml) {
        try {
            return new IQ(DocumentHelper.parseText(xml).getRootElement());
        } catch (DocumentException e) {
            throw new IllegalArgumentException(xml, e);
        }
    }

    @Benchmark
    public Object recordBroadcast() {
        // A re-send of the same state, as most broadcasts are: no change, nothing written.
        return states.apply(resource, broadcast, clock.instant());
    }

    @Benchmark
    public Object answerProbeOfOnlineUser() {
        return UserProbeAnswers.answer(prober, user, true, available, Visibility.ALL, Optional.empty(),
                StampPrecision.SECOND, true);
    }

    @Benchmark
    public Object answerProbeOfOfflineUser() {
        return UserProbeAnswers.answer(prober, new JID("user77@localhost"), true, List.of(),
                Visibility.ALL, store.find("user77"), StampPrecision.SECOND, true);
    }
}

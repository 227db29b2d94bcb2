package org.lastpresence.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lastpresence.PluginContext;
import org.lastpresence.PluginCounters;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.privacy.PresenceRules;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;
import org.lastpresence.testing.TablePrivacyRules;
import org.lastpresence.testing.TableRosters;
import org.lastpresence.testing.TableSessions;
import org.lastpresence.uptime.ComponentHandler;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.Presence;

/** Which probes the plugin takes over, and what leaves it, with Openfire replaced by plain fakes. */
class ProbeHandlerTest {
    private static final Instant STARTED = Instant.parse("2026-11-21T06:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T12:00:00Z"));
    private final MapProperties properties = new MapProperties();
    private final LiveSettings settings = new LiveSettings(properties);
    private final LastPresenceStore store = new LastPresenceStore(new InMemoryDatabase());
    private final Uptimes uptimes = new Uptimes(STARTED);
    private final PluginCounters counters = new PluginCounters();
    private final List<Presence> delivered = new CopyOnWriteArrayList<>();
    private final List<Presence> repliedToClient = new CopyOnWriteArrayList<>();
    private final PluginContext context = new PluginContext("localhost", clock, settings, counters,
            new FailureLog(LoggerFactory.getLogger(ProbeHandlerTest.class), clock), delivered::add);
    private final TableSessions sessions = new TableSessions();
    private final ResourceStates resources = new ResourceStates(sessions, new ConcurrentHashMap<>(), () -> "local");
    private final TableRosters rosters = new TableRosters().with("alice", "bob@localhost", RosterSubscription.BOTH);
    private final TablePrivacyRules privacy = new TablePrivacyRules();
    private final ProbeHandler handler = new ProbeHandler(context, resources,
            new VisibleRecords(store, settings, clock), new ComponentHandler(context, uptimes), rosters,
            new ProbeRateLimiter(clock, settings), new Disclosure(privacy), new DeliveryContext(), Runnable::run);

    ProbeHandlerTest() {
        uptimes.registered("conference.localhost", STARTED.plusSeconds(2));
    }

    @ParameterizedTest(name = "to {0}, enabled={1}, components={2}: taken over={3}, answers={4}")
    @CsvSource({
            "alice@localhost,      true,  true,  true,  1",
            "ghost@localhost,      true,  true,  true,  1",
            "localhost,            true,  true,  true,  1",
            "conference.localhost, true,  true,  true,  1",
            "conference.localhost, true,  false, false, 0",
            "romeo@montague.lit,   true,  true,  false, 0",
            "alice@localhost,      false, true,  false, 0",
            "conference.localhost, false, true,  false, 0",
            "localhost,            false, true,  true,  0",
    })
    void takesOverWhatItAnswers(String to, boolean enabled, boolean components, boolean takenOver, int answers) {
        properties.put("lastpresence.enabled", String.valueOf(enabled));
        properties.put("lastpresence.components", String.valueOf(components));
        assertEquals(takenOver, handle("<presence type='probe' from='bob@localhost/desk' to='" + to + "'/>"));
        assertEquals(answers, delivered.size());
    }

    @Test
    void aContactsProbeOfAnOnlineUserIsLeftToOpenfireWhileNoPrivacyListCanHideHer() {
        aliceOnline();
        assertFalse(handle("<presence type='probe' from='bob@localhost/desk' to='alice@localhost'/>"),
                "Openfire answers, and its answer is stamped as it is delivered");
        assertEquals(List.of(), delivered);
        assertEquals(1, counters.probesAnswered());
    }

    @Test
    void withAPrivacyListSomewhereThePluginAnswersTheProbeOfAnOnlineUserItself() {
        aliceOnline();
        privacy.defaultList("carol", PresenceRules.NONE);
        assertTrue(handle("<presence type='probe' from='bob@localhost/desk' to='alice@localhost'/>"));
        assertEquals(List.of("<presence from=\"alice@localhost/phone\" to=\"bob@localhost/desk\"><status>here</status>"
                + "<delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/phone\" stamp=\"2026-11-21T11:00:00Z\"/>"
                + "</presence>"), xml(delivered));
    }

    @Test
    void aStrangersProbeOfAnOnlineUserIsLeftToOpenfireToo() {
        aliceOnline();
        // Openfire refuses it, and its refusal becomes unsubscribed as it is delivered (UnauthorizedAnswer).
        assertFalse(handle("<presence type='probe' from='carol@localhost/desk' to='alice@localhost'/>"));
        assertEquals(List.of(), delivered);
    }

    @Test
    void anOfflineUsersRecordIsAnsweredToTheProber() {
        store.put(new LastPresenceRecord("alice", "laptop", "gone", Instant.parse("2026-11-21T10:00:00Z"), null));
        handle("<presence type='probe' from='bob@localhost/desk' to='alice@localhost/laptop'/>");
        assertEquals(List.of("<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost/desk\">"
                + "<status>gone</status><delay xmlns=\"urn:xmpp:delay\" from=\"alice@localhost/laptop\""
                + " stamp=\"2026-11-21T10:00:00Z\"/><idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-21T10:00:00Z\"/>"
                + "</presence>"), xml(delivered));
        assertEquals(1, counters.probesAnswered());
        assertEquals(1, counters.stampsAdded());
    }

    @Test
    void aRecordOlderThanTheRetentionIsNotRevealed() {
        properties.put("lastpresence.retention.days", "1");
        store.put(new LastPresenceRecord("alice", "laptop", "gone", Instant.parse("2026-11-19T10:00:00Z"), null));
        handle("<presence type='probe' from='bob@localhost/desk' to='alice@localhost'/>");
        assertEquals(List.of("<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost/desk\"/>"),
                xml(delivered));
    }

    @Test
    void aProbeOverTheLimitGetsResourceConstraintAndNoAnswer() {
        properties.put("lastpresence.probe.burst", "2");
        for (int i = 0; i < 3; i++) {
            assertTrue(handle("<presence type='probe' id='n" + i + "' from='bob@localhost/desk' to='localhost'/>"));
        }
        assertEquals(2, delivered.size());
        assertEquals(List.of("<presence type=\"error\" id=\"n2\" from=\"localhost\" to=\"bob@localhost/desk\">"
                + "<error code=\"500\" type=\"wait\">"
                + "<resource-constraint xmlns=\"urn:ietf:params:xml:ns:xmpp-stanzas\"/>"
                + "</error></presence>"), xml(repliedToClient));
        assertEquals(1, counters.probesRateLimited());
    }

    @Test
    void probesOfServersAndComponentsAreNotLimited() {
        properties.put("lastpresence.probe.burst", "1");
        for (int i = 0; i < 5; i++) {
            handler.handleFromServer(
                    presence("<presence type='probe' from='romeo@montague.lit' to='alice@localhost'/>"));
        }
        assertEquals(5, delivered.size());
        assertEquals(List.of(), repliedToClient);
    }

    @Test
    void uptimeIsHiddenFromRemoteProbersWhenLocalOnly() {
        properties.put("lastpresence.uptime.visibility", "local");
        assertTrue(handler.handleFromServer(
                presence("<presence type='probe' from='romeo@montague.lit/x' to='localhost'/>")));
        handle("<presence type='probe' from='bob@localhost/desk' to='localhost'/>");
        assertEquals(List.of("bob@localhost/desk"), delivered.stream().map(p -> p.getTo().toString())
                .collect(Collectors.toList()));
    }

    /** Alice's phone has been available with "here" since 11:00. */
    private void aliceOnline() {
        Presence here = presence("<presence from='alice@localhost/phone'><status>here</status></presence>");
        sessions.update(here.getFrom(), here);
        resources.apply(here.getFrom(), here, Instant.parse("2026-11-21T11:00:00Z"));
    }

    private boolean handle(String probe) {
        return handler.handleFromClient(presence(probe), repliedToClient::add);
    }

    private static List<String> xml(List<Presence> stanzas) {
        return stanzas.stream().map(Presence::toXML).collect(Collectors.toList());
    }
}

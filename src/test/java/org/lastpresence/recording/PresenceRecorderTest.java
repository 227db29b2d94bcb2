package org.lastpresence.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.lastpresence.PluginCounters;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;
import org.lastpresence.testing.TableSessions;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

class PresenceRecorderTest {
    private static final JID PHONE = new JID("alice@localhost/phone");
    private static final JID LAPTOP = new JID("alice@localhost/laptop");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final MapProperties properties = new MapProperties();
    private final TableSessions sessions = new TableSessions();
    private final ResourceStates resources = new ResourceStates(sessions, new ConcurrentHashMap<>(), () -> "local");
    private final LastPresenceStore store = new LastPresenceStore(new InMemoryDatabase());
    private final PluginCounters counters = new PluginCounters();
    private final PresenceRecorder recorder =
            new PresenceRecorder(clock, new LiveSettings(properties), resources, store, counters);

    @Test
    void theLastResourceGoingOfflineIsRecordedWithItsStatusResourceAndTime() {
        route(PHONE, presence("<presence/>"));
        route(LAPTOP, presence("<presence/>"));
        clock.advance(Duration.ofMinutes(5));
        route(PHONE, presence("<presence type='unavailable'><status>phone off</status></presence>"));
        assertEquals(Optional.empty(), store.find("alice"));

        clock.advance(Duration.ofMinutes(5));
        route(LAPTOP, presence("<presence type='unavailable'><status>good night</status></presence>"));
        LastPresenceRecord record = store.find("alice").orElseThrow();
        assertEquals("laptop", record.resource());
        assertEquals("good night", record.status().orElseThrow());
        assertEquals(clock.instant(), record.since());
        assertEquals(1, counters.recordsStored());
    }

    @Test
    void aDroppedConnectionIsRecordedAsOfflineWithoutStatus() {
        route(PHONE, presence("<presence><status>here</status></presence>"));
        clock.advance(Duration.ofMinutes(1));
        // The connection dropped: Openfire removed the session, then told its end.
        sessions.update(PHONE, presence("<presence type='unavailable'/>"));
        recorder.sessionEnded(PHONE);
        LastPresenceRecord record = store.find("alice").orElseThrow();
        assertEquals(Optional.empty(), record.status());
        assertEquals(clock.instant(), record.since());
    }

    @Test
    void aSessionEndAfterAnExplicitUnavailableKeepsTheExplicitOne() {
        route(PHONE, presence("<presence/>"));
        route(PHONE, presence("<presence type='unavailable'><status>bye</status></presence>"));
        clock.advance(Duration.ofSeconds(1));
        recorder.sessionEnded(PHONE);
        assertEquals("bye", store.find("alice").orElseThrow().status().orElseThrow());
    }

    @Test
    void atServerStopEveryoneStillOnlineIsRecordedOffline() {
        route(PHONE, presence("<presence/>"));
        route(LAPTOP, presence("<presence/>"));
        route(new JID("bob@localhost/desk"), presence("<presence/>"));
        clock.advance(Duration.ofHours(1));
        recorder.nodeGone(resources.node());
        assertEquals(clock.instant(), store.find("alice").orElseThrow().since());
        assertEquals(clock.instant(), store.find("bob").orElseThrow().since());
        assertEquals(Set.of(), resources.onlineUsers());
    }

    @Test
    void nothingIsStoredWhileThePluginIsDisabledButLiveStateIsFollowed() {
        properties.put("lastpresence.enabled", "false");
        route(PHONE, presence("<presence/>"));
        assertTrue(resources.isOnline("alice"));
        route(PHONE, presence("<presence type='unavailable'/>"));
        assertEquals(Optional.empty(), store.find("alice"));
    }

    /** What the interceptor does around Openfire's routing of a broadcast presence. */
    private void route(JID address, Presence presence) {
        Instant received = clock.instant();
        Transition transition = recorder.record(address, presence);
        sessions.update(address, presence);
        if (transition.wentUnavailable()) {
            recorder.wentUnavailable(address, presence, received);
        }
    }
}

package org.lastpresence.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lastpresence.testing.TableSessions;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

class ResourceStatesTest {
    private static final JID PHONE = new JID("alice@localhost/phone");
    private static final JID LAPTOP = new JID("alice@localhost/laptop");
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-21T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-21T10:00:00Z");

    private final TableSessions sessions = new TableSessions();
    private final ResourceStates states = new ResourceStates(sessions, new ConcurrentHashMap<>(), () -> "local");

    @Test
    void initialPresenceComesOnlineAndStartsTheState() {
        Transition transition = apply(PHONE, presence("<presence/>"), T0);
        assertTrue(transition.cameOnline());
        assertTrue(transition.changed());
        assertEquals(T0, states.find(PHONE).orElseThrow().since());
    }

    @Test
    void aResentPresenceKeepsTheEarlierStampButUpdatesTheStanza() {
        apply(PHONE, presence("<presence><status>lunch</status></presence>"), T0);
        Transition transition = apply(PHONE,
                presence("<presence><status>lunch</status><priority>9</priority></presence>"), T1);
        assertFalse(transition.changed());
        assertFalse(transition.cameOnline());
        ResourceState state = states.find(PHONE).orElseThrow();
        assertEquals(T0, state.since());
        assertEquals("9", state.presence().getElement().elementText("priority"));
    }

    @Test
    void afterAPluginReloadAResendStillKeepsTheStateTheCacheHolds() {
        Map<String, String> cache = new ConcurrentHashMap<>();
        ResourceStates before = new ResourceStates(sessions, cache, () -> "local");
        Presence lunch = presence("<presence><status>lunch</status></presence>");
        sessions.update(PHONE, lunch);
        before.apply(PHONE, lunch, T0);
        // The reloaded plugin starts with nothing of its own, over the cache Openfire kept.
        ResourceStates after = new ResourceStates(sessions, cache, () -> "local");
        assertFalse(after.apply(PHONE, presence("<presence><status>lunch</status><priority>9</priority></presence>"),
                T1).changed());
        assertEquals(T0, after.since(PHONE.toString()).orElseThrow());
    }

    @Test
    void aCacheEmptiedByTheAdminDoesNotLoseTheSinceOfThisNodesSessions() {
        Map<String, String> cache = new ConcurrentHashMap<>();
        ResourceStates here = new ResourceStates(sessions, cache, () -> "local");
        Presence lunch = presence("<presence><status>lunch</status></presence>");
        sessions.update(PHONE, lunch);
        here.apply(PHONE, lunch, T0);
        // Openfire's cache page can clear any cache; this node still hosts the session and knows since when.
        cache.clear();
        assertEquals(T0, here.since(PHONE.toString()).orElseThrow());
        assertEquals(T0, here.find(PHONE).orElseThrow().since());
        assertTrue(here.followsHere("alice"));
    }

    @Test
    void aChangedShowStartsANewState() {
        apply(PHONE, presence("<presence/>"), T0);
        assertTrue(apply(PHONE, presence("<presence><show>dnd</show></presence>"), T1).changed());
        assertEquals(T1, states.find(PHONE).orElseThrow().since());
        assertEquals("dnd", states.find(PHONE).orElseThrow().show().orElseThrow());
    }

    @Test
    void onlyTheLastResourceGoingOfflineTakesTheUserOffline() {
        apply(PHONE, presence("<presence/>"), T0);
        apply(LAPTOP, presence("<presence/>"), T1);
        assertEquals(List.of(PHONE, LAPTOP), states.available("alice").stream().map(ResourceState::address)
                .collect(Collectors.toList()));

        assertTrue(apply(PHONE, presence("<presence type='unavailable'/>"), T2).wentUnavailable());
        assertTrue(states.isOnline("alice"));
        assertTrue(apply(LAPTOP, presence("<presence type='unavailable'/>"), T2).wentUnavailable());
        assertFalse(states.isOnline("alice"));
        assertEquals(List.of(), states.available("alice"));
    }

    @Test
    void thisNodeFollowsAUserUntilHerLastResourceIsGone() {
        assertFalse(states.followsHere("alice"));
        apply(PHONE, presence("<presence/>"), T0);
        apply(LAPTOP, presence("<presence/>"), T1);
        apply(PHONE, presence("<presence><show>away</show></presence>"), T2);
        assertTrue(states.followsHere("alice"));
        assertFalse(states.followsHere("bob"));

        apply(PHONE, presence("<presence type='unavailable'/>"), T2);
        assertTrue(states.followsHere("alice"), "her laptop is still online");
        states.forget(LAPTOP);
        assertFalse(states.followsHere("alice"));
        // Forgetting a resource twice (its unavailable presence, then its session's end) counts once.
        states.forget(LAPTOP);
        apply(LAPTOP, presence("<presence/>"), T2);
        assertTrue(states.followsHere("alice"));
    }

    @Test
    void afterAPluginReloadSeedingTakesBackTheStateTheCacheHolds() {
        Map<String, String> cache = new ConcurrentHashMap<>();
        new ResourceStates(sessions, cache, () -> "local").apply(PHONE, presence("<presence/>"), T0);
        ResourceStates after = new ResourceStates(sessions, cache, () -> "local");
        assertFalse(after.followsHere("alice"), "the reloaded plugin starts with nothing of its own");
        after.seed(PHONE, presence("<presence/>"), T1);
        assertTrue(after.followsHere("alice"));
        assertEquals(T0, after.since(PHONE.toString()).orElseThrow(), "her state began before the reload");
        cache.clear();
        assertEquals(T0, after.since(PHONE.toString()).orElseThrow(), "this node holds her entry again");
    }

    @Test
    void anUnavailablePresenceOfAnUnknownResourceChangesNothing() {
        Transition transition = apply(PHONE, presence("<presence type='unavailable'/>"), T0);
        assertFalse(transition.changed());
        assertFalse(transition.wentUnavailable());
    }

    /** The state applied before Openfire routes the presence, then Openfire's session updated, as in production. */
    private Transition apply(JID address, Presence presence, Instant now) {
        Transition transition = states.apply(address, presence, now);
        sessions.update(address, presence);
        return transition;
    }
}

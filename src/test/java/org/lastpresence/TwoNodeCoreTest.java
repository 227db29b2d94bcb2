package org.lastpresence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lastpresence.testing.Stanzas.presence;
import static org.mockito.Mockito.mock;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.user.User;
import org.junit.jupiter.api.Test;
import org.lastpresence.privacy.PresenceRules;
import org.mockito.ArgumentCaptor;
import org.lastpresence.probes.RosterSubscription;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;
import org.lastpresence.testing.TablePrivacyRules;
import org.lastpresence.testing.TableRosters;
import org.lastpresence.testing.TableSessions;
import org.lastpresence.testing.TestSurroundings;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/**
 * K1-K5 with two plugin cores that share what a cluster shares: one map per Openfire cache, one session view, one
 * database. Node A is the senior member.
 */
class TwoNodeCoreTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private static final String NODE_A = NodeIds.of("A".getBytes(StandardCharsets.UTF_8));
    private static final String NODE_B = NodeIds.of("B".getBytes(StandardCharsets.UTF_8));
    private static final JID ALICE_PHONE = new JID("alice@localhost/phone");
    private static final JID ALICE_LAPTOP = new JID("alice@localhost/laptop");
    private static final JID BOB_DESK = new JID("bob@localhost/desk");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final Map<String, Map<String, String>> caches = new ConcurrentHashMap<>();
    private final Function<String, Map<String, String>> sharedCaches =
            name -> caches.computeIfAbsent(name, key -> new ConcurrentHashMap<>());
    private final TableSessions sessionsOnA = new TableSessions().onNode(NODE_A);
    private final TableSessions sessionsOnB = sessionsOnA.onNode(NODE_B);
    private final TableRosters rosters = new TableRosters()
            .with("alice", "bob@localhost", RosterSubscription.BOTH)
            .with("bob", "alice@localhost", RosterSubscription.BOTH);
    private final TablePrivacyRules privacy = new TablePrivacyRules();
    private final List<Presence> deliveredByA = TestSurroundings.deliveries();
    private final List<Presence> deliveredByB = TestSurroundings.deliveries();
    private final LastPresenceCore nodeA = core(NODE_A, T0, sessionsOnA, deliveredByA, true);
    private final LastPresenceCore nodeB = core(NODE_B, T0.plus(Duration.ofHours(1)), sessionsOnB, deliveredByB,
            false);

    private LastPresenceCore core(String node, Instant started, TableSessions sessions, List<Presence> delivered,
                                  boolean senior) {
        return new LastPresenceCore(TestSurroundings.builder(clock, started, new MapProperties(), database, sessions,
                delivered).node(() -> node).caches(sharedCaches).rosters(rosters).privacy(privacy).build(),
                () -> senior);
    }

    @Test
    void aProbeOnOneNodeOfAUserOnlineOnTheOtherIsAnsweredWithWhenHerStateBegan() throws Exception {
        // Someone has a privacy list: the plugin answers the probe itself.
        privacy.defaultList("carol", PresenceRules.NONE);
        route(nodeA, sessionsOnA, presence("<presence from='alice@localhost/phone'><status>here</status></presence>"));
        clock.advance(Duration.ofMinutes(5));
        probe(nodeB, "alice@localhost");
        assertEquals(1, deliveredByB.size(), deliveredByB::toString);
        Presence answer = deliveredByB.get(0);
        assertEquals(ALICE_PHONE, answer.getFrom());
        assertEquals("here", answer.getStatus());
        Element delay = answer.getChildElement("delay", DelayStamps.NAMESPACE);
        assertEquals("2026-11-21T08:00:00Z", delay.attributeValue("stamp"));
    }

    @Test
    void withNoPrivacyListEitherTheOtherNodeAnswersAProbeOfHerItself() throws Exception {
        route(nodeA, sessionsOnA, presence("<presence from='alice@localhost/phone'><status>here</status></presence>"));
        clock.advance(Duration.ofMinutes(5));
        // Node B follows none of her sessions, so it cannot tell from memory that Openfire's answer would do.
        probe(nodeB, "alice@localhost");
        assertEquals(1, deliveredByB.size(), deliveredByB::toString);
        Element delay = deliveredByB.get(0).getChildElement("delay", DelayStamps.NAMESPACE);
        assertEquals("2026-11-21T08:00:00Z", delay.attributeValue("stamp"));
    }

    @Test
    void openfiresAnswerOnTheNodeHostingHerIsStampedWithWhenHerStateBegan() throws Exception {
        route(nodeA, sessionsOnA,
                presence("<presence from='alice@localhost/phone'><status>here</status></presence>"));
        clock.advance(Duration.ofMinutes(5));
        Presence probe = presence("<presence type='probe' from='bob@localhost/desk' to='alice@localhost'/>");
        ClientSession desk = session(BOB_DESK);
        // No privacy list anywhere: Openfire answers with a copy of her session presence made for this delivery,
        // and node A stamps it as it goes, on the probe's thread.
        nodeA.interceptor().interceptPacket(probe, desk, true, false);
        Presence openfires = presence("<presence from='alice@localhost/phone' to='bob@localhost/desk'>"
                + "<status>here</status></presence>");
        nodeA.interceptor().interceptPacket(openfires, desk, false, false);
        nodeA.interceptor().interceptPacket(probe, desk, true, true);
        Element delay = openfires.getChildElement("delay", DelayStamps.NAMESPACE);
        assertEquals("2026-11-21T08:00:00Z", delay.attributeValue("stamp"));
        assertEquals("alice@localhost/phone", delay.attributeValue("from"));
        verify(desk, never()).process(any());
        assertEquals(List.of(), deliveredByA, "the plugin sent no answer of its own");
    }

    @Test
    void openfiresRefusalOfAStrangersProbeBecomesUnsubscribed() throws Exception {
        route(nodeA, sessionsOnA,
                presence("<presence from='alice@localhost/phone'><status>here</status></presence>"));
        ClientSession carol = session(new JID("carol@localhost/desk"));
        Presence probe = presence("<presence type='probe' from='carol@localhost/desk' to='alice@localhost/phone'/>");
        nodeA.interceptor().interceptPacket(probe, carol, true, false);
        Presence refusal = presence("<presence type='error' from='alice@localhost/phone' to='carol@localhost/desk'>"
                + "<error type='auth'><forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>");
        assertThrows(PacketRejectedException.class,
                () -> nodeA.interceptor().interceptPacket(refusal, carol, false, false));
        ArgumentCaptor<Packet> delivered = ArgumentCaptor.forClass(Packet.class);
        verify(carol).process(delivered.capture());
        assertEquals("<presence type=\"unsubscribed\" from=\"alice@localhost\" to=\"carol@localhost/desk\"/>",
                delivered.getValue().toXML());
    }

    @Test
    void aPresenceOpenfireSharesIsStampedOnlyInACopyEvenWhileAProbeIsLeftToIt() throws Exception {
        route(nodeA, sessionsOnA,
                presence("<presence from='alice@localhost/phone'><status>here</status></presence>"));
        ClientSession desk = session(BOB_DESK);
        nodeA.interceptor().interceptPacket(
                presence("<presence type='probe' from='bob@localhost/desk' to='alice@localhost'/>"), desk, true, false);
        // Addressed to someone else than the prober: not the probe's answer, so possibly shared.
        Presence shared = presence("<presence from='alice@localhost/phone' to='bob@localhost/laptop'>"
                + "<status>here</status></presence>");
        ClientSession laptop = session(new JID("bob@localhost/laptop"));
        assertThrows(PacketRejectedException.class,
                () -> nodeA.interceptor().interceptPacket(shared, laptop, false, false));
        ArgumentCaptor<Packet> delivered = ArgumentCaptor.forClass(Packet.class);
        verify(laptop).process(delivered.capture());
        assertEquals("2026-11-21T08:00:00Z", ((Presence) delivered.getValue())
                .getChildElement("delay", DelayStamps.NAMESPACE).attributeValue("stamp"));
        assertNull(shared.getChildElement("delay", DelayStamps.NAMESPACE), "Openfire's object is left as it was");
    }

    @Test
    void resourcesOnBothNodesGoingOfflineInTurnMakeOneRecordOfTheLaterEvent() throws Exception {
        route(nodeA, sessionsOnA, presence("<presence from='alice@localhost/phone'/>"));
        route(nodeB, sessionsOnB, presence("<presence from='alice@localhost/laptop'/>"));
        clock.advance(Duration.ofMinutes(1));
        route(nodeA, sessionsOnA, presence("<presence type='unavailable' from='alice@localhost/phone'>"
                + "<status>phone off</status></presence>"));
        assertEquals(0, nodeA.services().store().pendingCount(), "the laptop on node B is still online");
        clock.advance(Duration.ofMinutes(1));
        route(nodeB, sessionsOnB, presence("<presence type='unavailable' from='alice@localhost/laptop'>"
                + "<status>good night</status></presence>"));
        nodeB.services().store().flush();
        nodeA.services().store().flush();
        LastPresenceRecord record = database.rows().get("alice");
        assertEquals("laptop", record.resource());
        assertEquals("good night", record.status().orElseThrow());
        assertEquals(T0.plus(Duration.ofMinutes(2)), record.since());
        assertEquals("good night", nodeA.services().records().find("alice").orElseThrow().status().orElseThrow());
    }

    @Test
    void theLatestEventWinsWhateverNodeWritesLast() {
        nodeB.services().store().put(new LastPresenceRecord("alice", "laptop", "later", T0.plusSeconds(60), null));
        nodeA.services().store().put(new LastPresenceRecord("alice", "phone", "earlier", T0, null));
        nodeB.services().store().flush();
        nodeA.services().store().flush();
        assertEquals("later", database.rows().get("alice").status().orElseThrow());
    }

    @Test
    void aUserDeletedOnOneNodeIsForgottenOnTheOther() throws Exception {
        nodeB.services().store().put(new LastPresenceRecord("alice", "laptop", "bye", T0, null));
        nodeB.services().store().flush();
        User alice = mock(User.class);
        when(alice.getUsername()).thenReturn("alice");
        nodeA.events().userDeleting(alice, Map.of());
        nodeA.services().store().flush();
        probe(nodeB, "alice@localhost");
        assertEquals(List.of("<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost/desk\"/>"),
                deliveredByB.stream().map(Presence::toXML).collect(Collectors.toList()));
        assertNull(database.rows().get("alice"));
    }

    @Test
    void theSeniorRecordsTheUsersOfALostNodeOfflineOnceAtTheTimeOfTheLoss() {
        route(nodeB, sessionsOnB, presence("<presence from='alice@localhost/laptop'/>"));
        clock.advance(Duration.ofMinutes(30));
        sessionsOnA.dropNode(NODE_B);
        byte[] lost = "B".getBytes(StandardCharsets.UTF_8);
        nodeB.events().leftCluster(lost);
        assertEquals(0, nodeB.services().store().pendingCount(), "only the senior member records the loss");
        nodeA.events().leftCluster(lost);
        LastPresenceRecord record = nodeA.services().records().find("alice").orElseThrow();
        assertEquals("laptop", record.resource());
        assertEquals(clock.instant(), record.since());
        nodeA.events().leftCluster(lost);
        assertEquals(1, nodeA.services().store().pendingCount());
    }

    @Test
    void theDomainIsUpSinceTheEarliestRunningNodeStarted() {
        assertEquals(T0, nodeB.services().uptimes().serverStarted(), "node B started an hour after node A");
        // Node A is lost and B becomes the senior member: the cluster is up since B started.
        nodeB.services().uptimes().nodeLeft(NODE_A);
        assertEquals(T0.plus(Duration.ofHours(1)), nodeB.services().uptimes().serverStarted());
    }

    /** Routes a broadcast presence through a node as PresenceRouter does, Openfire's session update included. */
    private static void route(LastPresenceCore node, TableSessions sessions, Presence presence) {
        ClientSession session = session(presence.getFrom());
        try {
            node.interceptor().interceptPacket(presence, session, true, false);
            sessions.update(presence.getFrom(), presence);
            node.interceptor().interceptPacket(presence, session, true, true);
        } catch (PacketRejectedException e) {
            throw new AssertionError("a broadcast is never rejected", e);
        }
    }

    private static void probe(LastPresenceCore node, String to) {
        Presence probe = presence("<presence type='probe' from='bob@localhost/desk' to='" + to + "'/>");
        assertThrows(PacketRejectedException.class,
                () -> node.interceptor().interceptPacket(probe, session(BOB_DESK), true, false));
    }

    private static ClientSession session(JID address) {
        ClientSession session = mock(ClientSession.class);
        when(session.getAddress()).thenReturn(address);
        return session;
    }
}

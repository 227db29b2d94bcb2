package org.lastpresence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.jivesoftware.openfire.Connection;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.LocalClientSession;
import org.junit.jupiter.api.Test;
import org.lastpresence.probes.RosterSubscription;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;
import org.lastpresence.testing.TableRosters;
import org.lastpresence.testing.TableSessions;
import org.lastpresence.testing.TestSurroundings;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * The interceptor driven the way Openfire's router drives it, with sessions mocked and Openfire's routing played by
 * hand.
 */
class LastPresenceInterceptorTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private static final JID ALICE_PHONE = new JID("alice@localhost/phone");
    private static final JID BOB_DESK = new JID("bob@localhost/desk");

    private final MutableClock clock = new MutableClock(T0);
    private final MapProperties properties = new MapProperties();
    private final List<Presence> delivered = new CopyOnWriteArrayList<>();
    private final TableRosters rosters = new TableRosters()
            .with("alice", "bob@localhost", RosterSubscription.BOTH)
            .with("bob", "alice@localhost", RosterSubscription.BOTH)
            .with("bob", "carol@localhost", RosterSubscription.TO);
    private final TableSessions sessions = new TableSessions();
    private final LastPresenceCore core = new LastPresenceCore(TestSurroundings.builder(clock, T0, properties,
            new InMemoryDatabase(), sessions, delivered).rosters(rosters).build(), () -> true);
    private final LastPresenceInterceptor interceptor = core.interceptor();

    @Test
    void aForgedDelayIsRemovedBeforeThePresenceIsStoredOrRouted() throws Exception {
        Presence forged = presence("<presence from='alice@localhost/phone'><status>hi</status>"
                + "<delay xmlns='urn:xmpp:delay' from='localhost' stamp='1999-01-01T00:00:00Z'/></presence>");
        route(forged, session(ALICE_PHONE));
        assertFalse(DelayStamps.isStamped(forged));
        assertFalse(DelayStamps.isStamped(core.services().resources().find(ALICE_PHONE).orElseThrow().presence()));
        assertEquals(1, core.services().counters().forgedDelaysRemoved());
    }

    @Test
    void aTakenOverProbeIsRejectedAndTheRoutersEchoIsDropped() throws Exception {
        ClientSession bob = session(BOB_DESK);
        Presence probe = presence("<presence type='probe' id='q1' from='bob@localhost/desk' to='alice@localhost'/>");
        assertThrows(PacketRejectedException.class, () -> interceptor.interceptPacket(probe, bob, true, false));
        assertEquals(List.of("<presence type=\"unavailable\" from=\"alice@localhost\" to=\"bob@localhost/desk\"/>"),
                xml(delivered));

        Presence echo = new Presence(Presence.Type.error);
        echo.setID("q1");
        echo.setTo(BOB_DESK);
        echo.setFrom(new JID("alice@localhost"));
        echo.setError(PacketError.Condition.not_allowed);
        assertThrows(PacketRejectedException.class, () -> interceptor.interceptPacket(echo, bob, false, false));
    }

    @Test
    void atLoginContactsStateIsStampedButTheLoginBroadcastIsNot() throws Exception {
        route(presence("<presence from='alice@localhost/phone'><show>away</show></presence>"), session(ALICE_PHONE));
        clock.advance(Duration.ofMinutes(30));

        ClientSession bob = session(BOB_DESK);
        Presence login = presence("<presence from='bob@localhost/desk'/>");
        interceptor.interceptPacket(login, bob, true, false);
        openfireHandles(login);
        // Openfire, on the same thread: bob's live presence to alice, alice's stored presence to bob.
        Presence live = deliver(presence("<presence from='bob@localhost/desk' to='alice@localhost/phone'/>"),
                session(ALICE_PHONE));
        Presence replay = deliver(presence("<presence from='alice@localhost/phone' to='bob@localhost/desk'>"
                + "<show>away</show></presence>"), bob);
        interceptor.interceptPacket(login, bob, true, true);

        assertFalse(DelayStamps.isStamped(live));
        Element delay = replay.getChildElement("delay", DelayStamps.NAMESPACE);
        assertEquals("alice@localhost/phone", delay.attributeValue("from"));
        assertEquals("2026-11-21T08:00:00Z", delay.attributeValue("stamp"));
    }

    @Test
    void atLoginAnOfflineContactsRecordIsReplayedOnceStamped() throws Exception {
        core.services().store().put(new LastPresenceRecord("carol", "tablet", "on holiday", T0, null));
        clock.advance(Duration.ofHours(2));
        route(presence("<presence from='bob@localhost/desk'/>"), session(BOB_DESK));
        assertEquals(List.of("<presence type=\"unavailable\" from=\"carol@localhost\" to=\"bob@localhost/desk\">"
                + "<status>on holiday</status><delay xmlns=\"urn:xmpp:delay\" from=\"carol@localhost/tablet\""
                + " stamp=\"2026-11-21T08:00:00Z\"/>"
                + "<idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-21T08:00:00Z\"/></presence>"), xml(delivered));
    }

    @Test
    void whenOpenfireReplaysTheOfflineContactItselfThatCopyIsStampedAndNoSecondIsSent() throws Exception {
        core.services().store().put(new LastPresenceRecord("carol", "tablet", "on holiday", T0, null));
        ClientSession bob = session(BOB_DESK);
        Presence login = presence("<presence from='bob@localhost/desk'/>");
        interceptor.interceptPacket(login, bob, true, false);
        openfireHandles(login);
        Presence openfiresReplay = deliver(presence("<presence type='unavailable' id='old' from='carol@localhost'"
                + " to='bob@localhost/desk'><status>on holiday</status></presence>"), bob);
        interceptor.interceptPacket(login, bob, true, true);

        assertTrue(DelayStamps.isStamped(openfiresReplay));
        assertEquals(List.of(), delivered);
    }

    @Test
    void withLoginReplayOffNothingIsAdded() throws Exception {
        properties.put("lastpresence.login.offline", "false");
        core.services().store().put(new LastPresenceRecord("carol", "tablet", "on holiday", T0, null));
        route(presence("<presence from='bob@localhost/desk'/>"), session(BOB_DESK));
        assertEquals(List.of(), delivered);
    }

    @Test
    void withDeliveredStampsOffReplaysAreLeftAlone() throws Exception {
        properties.put("lastpresence.stamp.delivered", "false");
        route(presence("<presence from='alice@localhost/phone'/>"), session(ALICE_PHONE));
        Presence replay = deliver(presence("<presence from='alice@localhost/phone' to='bob@localhost/desk'/>"),
                session(BOB_DESK));
        assertFalse(DelayStamps.isStamped(replay));
    }

    @Test
    void aFailureInsideThePluginNeverReachesTheRouter() throws Exception {
        ClientSession broken = session(BOB_DESK);
        doThrow(new IllegalStateException("connection gone")).when(broken).process(any(Packet.class));
        properties.put("lastpresence.probe.burst", "1");
        Presence first = presence("<presence type='probe' from='bob@localhost/desk' to='localhost'/>");
        assertThrows(PacketRejectedException.class, () -> interceptor.interceptPacket(first, broken, true, false));
        Presence limited = presence("<presence type='probe' from='bob@localhost/desk' to='localhost'/>");
        assertDoesNotThrow(() -> interceptor.interceptPacket(limited, broken, true, false));
    }

    @Test
    void presenceOfOtherDomainsIsNeitherRecordedNorStamped() throws Exception {
        Presence remote = presence("<presence from='romeo@montague.lit/garden'>"
                + "<delay xmlns='urn:xmpp:delay' from='montague.lit' stamp='2026-01-01T00:00:00Z'/></presence>");
        interceptor.interceptPacket(remote, null, true, false);
        assertTrue(DelayStamps.isStamped(remote), "a remote server's stamp is its own statement");
        assertNull(core.services().resources().find(new JID("romeo@montague.lit/garden")).orElse(null));
    }

    @Test
    void aStampGoesIntoOneRecipientsCopyAndNeverIntoOpenfiresObject() throws Exception {
        route(presence("<presence from='alice@localhost/phone'><show>away</show></presence>"), session(ALICE_PHONE));
        clock.advance(Duration.ofMinutes(10));
        // Openfire hands one object to several deliveries (Roster.broadcastPresence sets 'to' and routes it again).
        Presence shared = presence("<presence from='alice@localhost/phone' to='bob@localhost/desk'>"
                + "<show>dnd</show></presence>");
        Presence alicesLiveChange = presence("<presence from='alice@localhost/phone'><show>dnd</show></presence>");
        interceptor.interceptPacket(alicesLiveChange, session(ALICE_PHONE), true, false);
        openfireHandles(alicesLiveChange);
        Presence toBobDuringALiveChange = deliver(shared, session(BOB_DESK));
        interceptor.interceptPacket(alicesLiveChange, session(ALICE_PHONE), true, true);
        Presence toCarolAsAReplay = deliver(shared, session(new JID("carol@localhost/tablet")));
        Presence toBobAgainAsAReplay = deliver(shared, session(BOB_DESK));

        assertFalse(DelayStamps.isStamped(shared), "Openfire's object stays as Openfire made it");
        assertFalse(DelayStamps.isStamped(toBobDuringALiveChange));
        assertEquals(1, toCarolAsAReplay.getElement().elements("delay").size());
        assertEquals(1, toBobAgainAsAReplay.getElement().elements("delay").size());
    }

    @Test
    void anErrorFromAnAddressThatIsNoJidPassesUntouched() {
        Presence bounce = presence("<presence type='error' from='a@@b/c' to='bob@localhost/desk'>"
                + "<error type='modify'><jid-malformed xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"
                + "</presence>");
        String before = bounce.toXML();
        assertDoesNotThrow(() -> interceptor.interceptPacket(bounce, session(BOB_DESK), false, false));
        Presence available = presence("<presence from='x@@localhost/r' to='bob@localhost/desk'/>");
        assertDoesNotThrow(() -> interceptor.interceptPacket(available, session(BOB_DESK), false, false));
        assertEquals(before, bounce.toXML());
        assertFalse(DelayStamps.isStamped(available));
    }

    @Test
    void forgedDelaysAreRemovedFromEveryPresenceTypeAClientSends() throws Exception {
        for (String type : List.of("subscribe", "subscribed", "unsubscribe", "unsubscribed", "error", "probe")) {
            Presence forged = presence("<presence type='" + type + "' from='alice@localhost/phone'"
                    + " to='carol@localhost'>"
                    + "<x xmlns='urn:example'><delay xmlns='urn:xmpp:delay' stamp='1999-01-01T00:00:00Z'/></x>"
                    + "<x xmlns='jabber:x:delay' stamp='19990101T00:00:00'/></presence>");
            try {
                interceptor.interceptPacket(forged, session(ALICE_PHONE), true, false);
            } catch (PacketRejectedException e) {
                // The probe is taken over; what matters is what was left in the stanza.
            }
            assertFalse(forged.toXML().contains("1999"), type + ": " + forged.toXML());
        }
    }

    @Test
    void whenOpenfireReplaysTheOfflinePresenceItsCopyAlsoTellsTheIdleTime() throws Exception {
        core.services().store().put(new LastPresenceRecord("carol", "tablet", "on holiday", T0, null));
        Presence replay = deliver(presence("<presence type='unavailable' from='carol@localhost'"
                + " to='bob@localhost/desk'><status>on holiday</status></presence>"), session(BOB_DESK));
        assertEquals("<presence type=\"unavailable\" from=\"carol@localhost\" to=\"bob@localhost/desk\">"
                + "<status>on holiday</status><delay xmlns=\"urn:xmpp:delay\" from=\"carol@localhost/tablet\""
                + " stamp=\"2026-11-21T08:00:00Z\"/><idle xmlns=\"urn:xmpp:idle:1\" since=\"2026-11-21T08:00:00Z\"/>"
                + "</presence>", replay.toXML());
    }

    @Test
    void aLostStreamManagementConnectionIsRecordedOfflineAtItsLastTrafficNotAtTheEndOfTheWait() throws Exception {
        route(presence("<presence from='alice@localhost/phone'/>"), session(ALICE_PHONE));
        Instant dropped = T0.plusSeconds(65);
        clock.advance(Duration.ofMinutes(11));
        // Openfire's detached-session cleanup routes the unavailable presence of the session it ends.
        LocalClientSession detached = mock(LocalClientSession.class);
        when(detached.getAddress()).thenReturn(ALICE_PHONE);
        when(detached.isDetached()).thenReturn(true);
        when(detached.getLastActiveDate()).thenReturn(Date.from(dropped));
        route(presence("<presence type='unavailable' from='alice@localhost/phone'/>"), detached);
        assertEquals(dropped, core.services().store().find("alice").orElseThrow().since());
    }

    @Test
    void aLoggedOutSessionIsRecordedOfflineNow() throws Exception {
        route(presence("<presence from='alice@localhost/phone'/>"), session(ALICE_PHONE));
        clock.advance(Duration.ofMinutes(11));
        LocalClientSession connected = mock(LocalClientSession.class);
        when(connected.getAddress()).thenReturn(ALICE_PHONE);
        when(connected.getConnection()).thenReturn(mock(Connection.class));
        when(connected.getLastActiveDate()).thenReturn(Date.from(T0));
        route(presence("<presence type='unavailable' from='alice@localhost/phone'/>"), connected);
        assertEquals(T0.plus(Duration.ofMinutes(11)), core.services().store().find("alice").orElseThrow().since());
    }

    @Test
    void openfiresLastActivityResultIsCorrectedInTheAskersCopyOnly() throws Exception {
        core.services().store().put(new LastPresenceRecord("carol", "tablet", "on holiday", T0, null));
        clock.advance(Duration.ofMinutes(10).plusMillis(900));
        IQ openfires = iq("<iq type='result' id='l1' from='carol@localhost' to='bob@localhost/desk'>"
                + "<query xmlns='jabber:iq:last' seconds='2'>old words</query></iq>");
        String before = openfires.toXML();
        IQ received = deliver(openfires, session(BOB_DESK));
        assertEquals("<iq type=\"result\" id=\"l1\" from=\"carol@localhost\" to=\"bob@localhost/desk\">"
                + "<query xmlns=\"jabber:iq:last\" seconds=\"600\">on holiday</query></iq>", received.toXML());
        assertEquals(before, openfires.toXML(), "Openfire's object stays as Openfire made it");
    }

    @Test
    void lastActivityErrorsAndOtherIqsPassUntouched() throws Exception {
        core.services().store().put(new LastPresenceRecord("carol", "tablet", "on holiday", T0, null));
        for (String xml : List.of(
                "<iq type='error' id='l2' from='carol@localhost' to='bob@localhost/desk'>"
                        + "<query xmlns='jabber:iq:last'/><error type='auth'>"
                        + "<forbidden xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>",
                "<iq type='result' id='l3' from='carol@localhost/tablet' to='bob@localhost/desk'>"
                        + "<query xmlns='jabber:iq:last' seconds='7'/></iq>",
                "<iq type='result' id='l4' from='carol@montague.lit' to='bob@localhost/desk'>"
                        + "<query xmlns='jabber:iq:last' seconds='7'/></iq>",
                "<iq type='result' id='l5' from='carol@localhost' to='bob@localhost/desk'>"
                        + "<query xmlns='jabber:iq:version'/></iq>",
                "<iq type='get' id='l6' from='carol@localhost' to='bob@localhost/desk'>"
                        + "<query xmlns='jabber:iq:last'/></iq>")) {
            IQ openfires = iq(xml);
            assertSame(openfires, deliver(openfires, session(BOB_DESK)), xml);
        }
    }

    private static IQ iq(String xml) {
        try {
            return new IQ(DocumentHelper.parseText(xml).getRootElement());
        } catch (DocumentException e) {
            throw new IllegalArgumentException(xml, e);
        }
    }

    /** Routes a presence as PresenceRouter does: interceptors, Openfire's own handling (the session), interceptors. */
    private void route(Presence presence, ClientSession session) throws PacketRejectedException {
        interceptor.interceptPacket(presence, session, true, false);
        openfireHandles(presence);
        interceptor.interceptPacket(presence, session, true, true);
    }

    // Openfire's PresenceUpdateHandler stores a resource's broadcast presence as its session presence.
    private void openfireHandles(Presence presence) {
        if (presence.getTo() == null && (presence.getType() == null
                || presence.getType() == Presence.Type.unavailable)) {
            sessions.update(presence.getFrom(), presence);
        }
    }

    /**
     * Delivers as LocalSession.process does and returns what the recipient's connection got: Openfire's object, or
     * the copy the plugin delivered in its place (when it rejected Openfire's object for this session).
     */
    @SuppressWarnings("unchecked")
    private <T extends Packet> T deliver(T presence, ClientSession recipient) throws PacketRejectedException {
        List<Packet> instead = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            Packet copy = call.getArgument(0);
            interceptor.interceptPacket(copy, recipient, false, false);
            instead.add(copy);
            return null;
        }).when(recipient).process(any(Packet.class));
        try {
            interceptor.interceptPacket(presence, recipient, false, false);
        } catch (PacketRejectedException e) {
            assertEquals(1, instead.size(), "a delivery the plugin rejects is replaced by exactly one copy");
            assertFalse(DelayStamps.isStamped(presence), "Openfire's own object is never stamped (D5)");
            return (T) instead.get(0);
        }
        return presence;
    }

    private static ClientSession session(JID address) {
        ClientSession session = mock(ClientSession.class);
        when(session.getAddress()).thenReturn(address);
        return session;
    }

    private static List<String> xml(List<Presence> stanzas) {
        return stanzas.stream().map(Presence::toXML).collect(Collectors.toList());
    }
}

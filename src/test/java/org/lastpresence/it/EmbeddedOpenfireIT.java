package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.unavailable;
import static org.lastpresence.it.support.PresenceMatchers.withStatus;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginClassLoader;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jxmpp.jid.impl.JidCreate;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;
import org.xmpp.packet.JID;

/** Smoke test of the harness: a real Openfire boots with the built archive, and Smack clients use it. */
class EmbeddedOpenfireIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withDefaultSettings();

    private static EmbeddedOpenfire openfire;

    @BeforeAll
    static void accounts() {
        openfire = OPENFIRE.server();
        openfire.accounts().createUser("alice", "alice");
        openfire.accounts().createUser("bob", "bob");
        openfire.accounts().createUser("carol", "carol");
        openfire.accounts().subscribeBoth("alice", "bob");
        openfire.accounts().subscribeBoth("alice", "carol");
    }

    @Test
    void pluginIsLoadedFromTheInstalledArchiveAndNotFromTheClassPath() throws Exception {
        Plugin plugin = openfire.plugin().orElseThrow();

        assertEquals("org.lastpresence.LastPresencePlugin", plugin.getClass().getName());
        assertTrue(plugin.getClass().getClassLoader() instanceof PluginClassLoader,
                "loaded by " + plugin.getClass().getClassLoader());
        Path codeSource = Paths.get(plugin.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(codeSource.startsWith(openfire.home().resolve("plugins/lastpresence/lib")), codeSource::toString);
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.lastpresence.LastPresencePlugin", false, getClass().getClassLoader()));
    }

    @Test
    void serverDomainAndMucServiceExist() throws Exception {
        assertEquals("localhost", openfire.server().getServerInfo().getXMPPDomain());
        assertNotNull(openfire.server().getMultiUserChatManager().getMultiUserChatService("conference"));
        assertTrue(openfire.server().getRoutingTable().hasComponentRoute(new JID(EmbeddedOpenfire.MUC_DOMAIN)));

        try (XmppClient alice = XmppClient.login(openfire.clientPort(), "alice", "alice", "disco")) {
            DiscoverItems items = ServiceDiscoveryManager.getInstanceFor(alice.connection())
                    .discoverItems(JidCreate.domainBareFrom("localhost"));
            List<String> jids = items.getItems().stream()
                    .map(item -> item.getEntityID().toString()).collect(Collectors.toList());
            assertTrue(jids.contains(EmbeddedOpenfire.MUC_DOMAIN), jids::toString);
        }
    }

    @Test
    void subscribedUsersSeeEachOthersPresenceAndRawStanzasArrive() {
        try (XmppClient alice = XmppClient.login(openfire.clientPort(), "alice", "alice", "desk");
             XmppClient bob = XmppClient.login(openfire.clientPort(), "bob", "bob", "phone")) {
            alice.awaitPresence(from("bob@localhost/phone").and(available()), WAIT);
            bob.awaitPresence(from("alice@localhost/desk").and(available()), WAIT);

            int mark = bob.mark();
            alice.send("<presence to='bob@localhost/phone'><status>raw hello</status></presence>");
            ReceivedPresence raw = bob.awaitPresenceAfter(mark,
                    from("alice@localhost/desk").and(withStatus("raw hello")), WAIT);
            assertTrue(raw.xml().contains("raw hello"), raw::xml);

            alice.roundTrip();
            assertTrue(alice.isConnected());
        }
    }

    @Test
    void droppedConnectionMakesTheServerRouteUnavailableForTheClosedSession() {
        // Carol's presences as the server routes them, seen by an interceptor in this (the server's) JVM. On a
        // drop Openfire routes an unavailable presence itself, through the same interceptors, with the session
        // already closed; one sent by the client arrives while its session is open.
        List<String> routedForCarol = new CopyOnWriteArrayList<>();
        PacketInterceptor spy = (packet, session, incoming, processed) -> {
            // By element name: Smack's Presence, not Openfire's, is the one imported here.
            if (incoming && !processed && "presence".equals(packet.getElement().getName())
                    && packet.getFrom() != null && "carol".equals(packet.getFrom().getNode())) {
                String type = packet.getElement().attributeValue("type");
                routedForCarol.add((type == null ? "available" : type)
                        + (session != null && session.isClosed() ? "/session-closed" : "/session-open"));
            }
        };
        InterceptorManager.getInstance().addInterceptor(spy);
        try (XmppClient alice = XmppClient.login(openfire.clientPort(), "alice", "alice", "watch")) {
            XmppClient carol = XmppClient.login(openfire.clientPort(), "carol", "carol", "laptop");
            alice.awaitPresence(from("carol@localhost/laptop").and(available()), WAIT);
            int mark = alice.mark();

            carol.dropConnection();

            alice.awaitPresenceAfter(mark, from("carol@localhost/laptop").and(unavailable()), WAIT);
            Await.until("carol's session to be gone", WAIT,
                    () -> openfire.server().getSessionManager().getSessions("carol").isEmpty());
            assertFalse(carol.isConnected());
            assertEquals(List.of("available/session-open", "unavailable/session-closed"), routedForCarol);
        } finally {
            InterceptorManager.getInstance().removeInterceptor(spy);
        }
    }

    @Test
    void cleanDisconnectSendsUnavailableFromTheOpenSession() {
        List<String> routedForBob = new CopyOnWriteArrayList<>();
        PacketInterceptor spy = (packet, session, incoming, processed) -> {
            if (incoming && !processed && "presence".equals(packet.getElement().getName())
                    && "unavailable".equals(packet.getElement().attributeValue("type"))
                    && packet.getFrom() != null && "bob".equals(packet.getFrom().getNode())) {
                routedForBob.add(session != null && session.isClosed() ? "session-closed" : "session-open");
            }
        };
        InterceptorManager.getInstance().addInterceptor(spy);
        try (XmppClient alice = XmppClient.login(openfire.clientPort(), "alice", "alice", "observer")) {
            XmppClient bob = XmppClient.login(openfire.clientPort(), "bob", "bob", "tablet");
            alice.awaitPresence(from("bob@localhost/tablet").and(available()), WAIT);
            int mark = alice.mark();

            bob.disconnect();

            alice.awaitPresenceAfter(mark, from("bob@localhost/tablet").and(unavailable()), WAIT);
            Await.until("bob's session to be gone", WAIT,
                    () -> openfire.server().getSessionManager().getSessions("bob").isEmpty());
            assertEquals("session-open", routedForBob.get(0), routedForBob::toString);
        } finally {
            InterceptorManager.getInstance().removeInterceptor(spy);
        }
    }

    @Test
    void delayHelperReadsStampAndFrom() throws Exception {
        Presence parsed = PacketParserUtils.parseStanza("<presence from='bob@localhost/phone' to='alice@localhost'>"
                + "<delay xmlns='urn:xmpp:delay' from='bob@localhost/phone' stamp='2026-11-21T09:30:00.250Z'/>"
                + "</presence>");

        assertEquals(Instant.parse("2026-11-21T09:30:00.250Z"),
                ReceivedPresence.delayOf(parsed).orElseThrow().getStamp().toInstant());
        assertEquals("bob@localhost/phone", ReceivedPresence.delayOf(parsed).orElseThrow().getFrom());
    }
}

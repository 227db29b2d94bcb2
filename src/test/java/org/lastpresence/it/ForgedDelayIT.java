package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.RawXmppClient;
import org.lastpresence.it.support.WireDelays;
import org.lastpresence.it.support.XmppClient;
import org.dom4j.Element;

/**
 * D4 at any depth and for every presence type: a delay a client puts into its presence, top level or nested inside
 * another extension, is gone before anyone receives that presence, and the stored state keeps none of it (a later
 * probe answer carries exactly the plugin's one stamp). Receivers are raw clients, so the wire is what is checked.
 */
class ForgedDelayIT {
    /** Forged delays of both namespaces: at the top level, inside an extension, and two levels down. */
    private static final String FORGED = "<delay xmlns='urn:xmpp:delay' from='localhost' stamp='2001-01-01T00:00:00Z'/>"
            + "<x xmlns='jabber:x:delay' from='localhost' stamp='20010101T00:00:00'/>"
            + "<x xmlns='urn:example:wrapper'><delay xmlns='urn:xmpp:delay' stamp='2001-01-01T00:00:00Z'/>"
            + "<inner xmlns='urn:example:inner'><x xmlns='jabber:x:delay' stamp='20010101T00:00:00'/></inner></x>";

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @Test
    void delaysForgedAnywhereInAnAvailablePresenceReachNoContactAndNoProbeAnswer() throws IOException {
        OPENFIRE.pair("mia", "ned");
        try (RawXmppClient ned = onlineRawClient("ned");
             XmppClient mia = XmppClient.loginWithoutPresence(OPENFIRE.port(), "mia", "mia", "phone")) {
            Instant before = Instant.now();
            mia.send("<presence><status>mia since forever</status>" + FORGED + "</presence>");
            String live = ned.awaitPresenceContaining("mia since forever");
            Instant after = Instant.now();
            ned.write("<presence type='probe' to='mia@localhost'/>");
            String answer = ned.awaitPresenceContaining("mia since forever");

            assertAll(() -> assertNoDelayButTheExtensions(live),
                    () -> assertOnlyThePluginsStamp(answer, "mia@localhost/phone", before, after));
        }
    }

    @Test
    void delaysForgedIntoAnUnavailablePresenceReachNoContactAndAreNotKept() throws IOException {
        OPENFIRE.pair("oda", "pia");
        try (RawXmppClient pia = onlineRawClient("pia")) {
            XmppClient oda = XmppClient.login(OPENFIRE.port(), "oda", "oda", "phone");
            Instant before = Instant.now();
            oda.send("<presence type='unavailable'><status>oda gone fishing</status>" + FORGED + "</presence>");
            String live = pia.awaitPresenceContaining("oda gone fishing");
            Instant after = Instant.now();
            oda.roundTrip();
            oda.dropConnection();
            pia.write("<presence type='probe' to='oda@localhost'/>");
            String answer = pia.awaitPresenceContaining("oda gone fishing");

            assertAll(() -> assertNoDelayButTheExtensions(live),
                    () -> assertOnlyThePluginsStamp(answer, "oda@localhost/phone", before, after));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"subscribe", "unsubscribed", "error", "directed"})
    void delaysForgedIntoOtherPresenceTypesAreRemovedBeforeDelivery(String kind) throws IOException {
        String sender = "s" + kind;
        String receiver = "r" + kind;
        OPENFIRE.users(sender, receiver);
        try (RawXmppClient to = onlineRawClient(receiver);
             XmppClient from = XmppClient.login(OPENFIRE.port(), sender, sender, "phone")) {
            String id = "forged-" + kind;
            String address = receiver + "@localhost/desk";
            switch (kind) {
                case "error":
                    from.send("<presence type='error' id='" + id + "' to='" + address + "'>"
                            + "<error type='cancel'><service-unavailable"
                            + " xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>" + FORGED + "</presence>");
                    break;
                case "directed":
                    from.send("<presence id='" + id + "' to='" + address + "'><status>directed</status>" + FORGED
                            + "</presence>");
                    break;
                default:
                    from.send("<presence type='" + kind + "' id='" + id + "' to='" + receiver + "@localhost'>"
                            + FORGED + "</presence>");
            }
            String delivered = to.awaitPresenceContaining(id);
            assertNoDelayButTheExtensions(delivered);
        }
    }

    /** A raw client of {@code user} on resource "desk" that has sent its initial presence. */
    private static RawXmppClient onlineRawClient(String user) throws IOException {
        RawXmppClient client = RawXmppClient.login(OPENFIRE.port(), user, user, "desk");
        client.write("<presence/>");
        client.ping("online-" + user);
        return client;
    }

    /** No delay of either namespace at any depth, while the extensions that held forged delays are delivered. */
    private static void assertNoDelayButTheExtensions(String stanza) {
        assertEquals(List.of(), describe(WireDelays.in(stanza)), () -> "no delay at any depth: " + stanza);
        assertTrue(WireDelays.containsNamespace(stanza, "urn:example:wrapper"), () -> "extension kept: " + stanza);
        assertTrue(WireDelays.containsNamespace(stanza, "urn:example:inner"), () -> "nested extension kept: " + stanza);
    }

    /** Exactly one delay in the whole stanza: the plugin's top-level XEP-0203 stamp of when the state began. */
    private static void assertOnlyThePluginsStamp(String stanza, String from, Instant before, Instant after) {
        List<Element> delays = WireDelays.in(stanza);
        assertEquals(1, delays.size(), () -> "exactly one delay: " + describe(delays) + " in " + stanza);
        Element delay = delays.get(0);
        assertEquals(WireDelays.DELAY, delay.getNamespaceURI(), stanza);
        assertTrue(delay.getParent().isRootElement(), () -> "top level: " + stanza);
        assertEquals(from, delay.attributeValue("from"), stanza);
        Instant stamp = Instant.parse(delay.attributeValue("stamp"));
        assertTrue(!stamp.isBefore(before.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1))
                && !stamp.isAfter(after.plusSeconds(1)), () -> "stamp " + stamp + " not the event's: " + stanza);
    }

    private static List<String> describe(List<Element> delays) {
        return delays.stream().map(delay -> delay.getNamespaceURI() + " in <" + delay.getParent().getName()
                + "> stamp=" + delay.attributeValue("stamp")).collect(Collectors.toList());
    }
}

package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.IdleElements;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.RawXmppClient;
import org.lastpresence.it.support.XmppClient;

/**
 * What users' clients show (C1, C2), read from the wire by a client without Smack: the XEP-0319 idle time of the
 * last unavailable presence (Gajim, Monal), beside its XEP-0203 stamp (Conversations, Psi, Movim), and the XEP-0012
 * {@code jabber:iq:last} answer (Psi, Pidgin, Profanity), which must tell the same.
 */
class LastSeenIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @AfterEach
    void defaults() {
        OPENFIRE.server().setProperty("lastpresence.idle.offline", "true");
        OPENFIRE.server().setProperty("lastpresence.stamp.precision", "second");
    }

    @Test
    void theOfflineProbeAnswerCarriesIdleSinceTheStampsTime() throws IOException {
        OPENFIRE.pair("amy", "bo");
        try (RawXmppClient bo = available("bo")) {
            Instant[] when = goOffline("amy", "<presence type='unavailable'><status>off to bed</status></presence>");
            Element answer = probe(bo, "amy@localhost");
            assertEquals("unavailable", answer.attributeValue("type"), answer::asXML);
            assertEquals("off to bed", answer.elementText("status"), answer::asXML);
            Instant stamp = stampOf(answer, "amy@localhost/phone", when);
            assertEquals(List.of(stamp), IdleElements.sinceOf(answer.asXML()), answer::asXML);
        }
    }

    @Test
    void atLoginOpenfiresReplayOfAnOfflineContactCarriesIdleToo() throws IOException {
        // With a status, Openfire itself replays the stored presence at login; the plugin stamps that copy.
        OPENFIRE.pair("cleo", "dan");
        Instant[] when = goOffline("cleo", "<presence type='unavailable'><status>gone</status></presence>");
        try (RawXmppClient dan = loggingIn("dan")) {
            Element replay = parse(dan.awaitPresenceContaining("from=\"cleo@localhost\""));
            assertEquals("gone", replay.elementText("status"), replay::asXML);
            Instant stamp = stampOf(replay, "cleo@localhost/phone", when);
            assertEquals(List.of(stamp), IdleElements.sinceOf(replay.asXML()), replay::asXML);
        }
    }

    @Test
    void atLoginThePluginsReplayOfASilentLogoutCarriesIdle() throws IOException {
        // Without children Openfire keeps nothing to replay: the plugin's login replay (D3) is what arrives.
        OPENFIRE.pair("dora", "ezra");
        Instant[] when = goOffline("dora", "<presence type='unavailable'/>");
        try (RawXmppClient ezra = loggingIn("ezra")) {
            Element replay = parse(ezra.awaitPresenceContaining("from=\"dora@localhost\""));
            Instant stamp = stampOf(replay, "dora@localhost/phone", when);
            assertEquals(List.of(stamp), IdleElements.sinceOf(replay.asXML()), replay::asXML);
        }
    }

    @Test
    void anIdleTheClientSentInItsUnavailablePresenceIsKeptNotReplaced() throws IOException {
        OPENFIRE.pair("fern", "gil");
        try (RawXmppClient gil = available("gil")) {
            Instant[] when = goOffline("fern", "<presence type='unavailable'><status>afk</status>"
                    + "<idle xmlns='urn:xmpp:idle:1' since='2026-03-04T05:06:07Z'/></presence>");
            Element answer = probe(gil, "fern@localhost");
            stampOf(answer, "fern@localhost/phone", when);
            assertEquals(List.of(Instant.parse("2026-03-04T05:06:07Z")), IdleElements.sinceOf(answer.asXML()),
                    answer::asXML);
        }
    }

    @Test
    void withTheSettingOffTheOfflineAnswerHasNoIdle() throws IOException {
        OPENFIRE.server().setProperty("lastpresence.idle.offline", "false");
        OPENFIRE.pair("hal", "ida");
        try (RawXmppClient ida = available("ida")) {
            Instant[] when = goOffline("hal", "<presence type='unavailable'><status>later</status></presence>");
            Element answer = probe(ida, "hal@localhost");
            stampOf(answer, "hal@localhost/phone", when);
            assertEquals(List.of(), IdleElements.sinceOf(answer.asXML()), answer::asXML);
        }
    }

    @Test
    void anAvailableAnswerNeverGetsAnInventedIdle() throws IOException {
        OPENFIRE.pair("jon", "kim");
        try (RawXmppClient kim = available("kim");
             XmppClient jon = XmppClient.loginWithoutPresence(OPENFIRE.port(), "jon", "jon", "phone")) {
            jon.send("<presence><show>away</show></presence>");
            jon.roundTrip();
            kim.write("<presence type='probe' id='p-jon' to='jon@localhost'/>");
            Element answer = parse(kim.awaitPresenceContaining("urn:xmpp:delay"));
            assertEquals("jon@localhost/phone", answer.attributeValue("from"), answer::asXML);
            assertNull(answer.attributeValue("type"), answer::asXML);
            assertEquals(List.of(), IdleElements.sinceOf(answer.asXML()), answer::asXML);
        }
    }

    @Test
    void lastActivityAfterALogoutWithStatusTellsTheRecordsTimeAndStatus() throws IOException {
        OPENFIRE.pair("lou", "max");
        try (RawXmppClient max = available("max")) {
            goOffline("lou", "<presence type='unavailable'><status>on a plane</status></presence>");
            Instant stamp = stampOf(probe(max, "lou@localhost"), "lou@localhost/phone", null);
            Element query = lastActivity(max, "lou@localhost", "last-lou");
            assertSecondsSince(stamp, query);
            assertEquals("on a plane", query.getText(), query::asXML);
        }
    }

    @Test
    void lastActivityTellsTheTimeAtTheStampsPrecisionNotOpenfiresOwn() throws IOException {
        OPENFIRE.server().setProperty("lastpresence.stamp.precision", "day");
        OPENFIRE.pair("ned", "ola");
        try (RawXmppClient ola = available("ola")) {
            Instant[] when = goOffline("ned", "<presence type='unavailable'><status>away</status></presence>");
            Instant asked = Instant.now();
            Element query = lastActivity(ola, "ned@localhost", "last-ned");
            Instant answered = Instant.now();
            Instant midnight = when[0].truncatedTo(ChronoUnit.DAYS);
            long seconds = Long.parseLong(query.attributeValue("seconds"));
            // Openfire alone would say about 0: the user left a moment ago.
            assertTrue(seconds >= Duration.between(midnight, asked).getSeconds()
                    && seconds <= Duration.between(midnight, answered).getSeconds() + 1,
                    () -> "seconds since " + midnight + " expected: " + query.asXML());
            assertEquals("away", query.getText(), query::asXML);
        }
    }

    @Test
    void lastActivityAfterADroppedConnectionTellsTheRecordsTime() throws IOException {
        OPENFIRE.pair("pia", "quin");
        try (RawXmppClient quin = available("quin")) {
            XmppClient pia = XmppClient.login(OPENFIRE.port(), "pia", "pia", "phone");
            pia.roundTrip();
            pia.dropConnection();
            // Openfire counts her gone as soon as it stores her session unavailable, a moment before the plugin has
            // recorded the drop: wait for the record itself.
            Await.until("pia's drop recorded", WAIT, () -> RecordTable.rowCount("pia") == 1);
            Instant stamp = stampOf(probe(quin, "pia@localhost"), "pia@localhost/phone", null);
            Element query = lastActivity(quin, "pia@localhost", "last-pia");
            assertSecondsSince(stamp, query);
            assertEquals("", query.getText(), query::asXML);
        }
    }

    @Test
    void anAskerWithoutSubscriptionGetsOpenfiresOwnErrorAndNothingOfTheUser() throws IOException {
        OPENFIRE.users("rae", "sid");
        goOffline("rae", "<presence type='unavailable'><status>private</status></presence>");
        try (RawXmppClient sid = available("sid")) {
            sid.write("<iq type='get' id='last-rae' to='rae@localhost'><query xmlns='jabber:iq:last'/></iq>");
            Element answer = parse(sid.awaitIq("last-rae"));
            assertEquals("error", answer.attributeValue("type"), answer::asXML);
            assertNotNull(answer.element("error").element("forbidden"), answer::asXML);
            assertTrue(!answer.asXML().contains("private") && !answer.asXML().contains("seconds"), answer::asXML);
        }
    }

    /** Logs in without Smack and says it is here, so that Openfire routes presence to it. */
    private static RawXmppClient available(String user) throws IOException {
        RawXmppClient client = loggingIn(user);
        // What arrived before the ping's answer (contacts' presence at login) is read past.
        client.ping(user + "-here");
        return client;
    }

    /** Logs in without Smack and sends the initial presence; what the server sends at login is still to read. */
    private static RawXmppClient loggingIn(String user) throws IOException {
        RawXmppClient client = RawXmppClient.login(OPENFIRE.port(), user, user, "desk");
        client.write("<presence/>");
        return client;
    }

    /** The user logs in as {@code user/phone}, sends this unavailable presence and leaves; returns [before, after]. */
    private static Instant[] goOffline(String user, String unavailable) {
        XmppClient client = XmppClient.login(OPENFIRE.port(), user, user, "phone");
        Instant before = Instant.now();
        client.send(unavailable);
        client.roundTrip();
        Instant after = Instant.now();
        client.dropConnection();
        awaitOffline(user);
        return new Instant[] {before, after};
    }

    private static void awaitOffline(String user) {
        Await.until(user + " offline", WAIT,
                () -> OPENFIRE.server().server().getSessionManager().getSessionCount(user) == 0);
    }

    private static Element probe(RawXmppClient prober, String user) throws IOException {
        prober.write("<presence type='probe' id='p-" + user + "' to='" + user + "'/>");
        return parse(prober.awaitPresenceContaining("from=\"" + user + "\""));
    }

    private static Element lastActivity(RawXmppClient asker, String user, String id) throws IOException {
        asker.write("<iq type='get' id='" + id + "' to='" + user + "'><query xmlns='jabber:iq:last'/></iq>");
        Element answer = parse(asker.awaitIq(id));
        assertEquals("result", answer.attributeValue("type"), answer::asXML);
        assertEquals(user, answer.attributeValue("from"), answer::asXML);
        Element query = answer.element("query");
        assertNotNull(query, answer::asXML);
        assertEquals("jabber:iq:last", query.getNamespaceURI(), answer::asXML);
        return query;
    }

    /** The whole seconds between the stamp and the moment of the query, give or take the query's own second. */
    private static void assertSecondsSince(Instant stamp, Element query) {
        long seconds = Long.parseLong(query.attributeValue("seconds"));
        long now = Duration.between(stamp, Instant.now()).getSeconds();
        assertTrue(seconds >= 0 && seconds <= now && seconds >= now - 2,
                () -> "about " + now + " s since " + stamp + " expected: " + query.asXML());
    }

    /** The one delay of the answer, from {@code from}, within [when[0], when[1]] if given; returns its stamp. */
    private static Instant stampOf(Element presence, String from, Instant[] when) {
        List<Element> delays = presence.elements("delay");
        assertEquals(1, delays.size(), presence::asXML);
        assertEquals("urn:xmpp:delay", delays.get(0).getNamespaceURI(), presence::asXML);
        assertEquals(from, delays.get(0).attributeValue("from"), presence::asXML);
        Instant stamp = Instant.parse(delays.get(0).attributeValue("stamp"));
        if (when != null) {
            assertTrue(!stamp.isBefore(when[0].truncatedTo(ChronoUnit.SECONDS)) && !stamp.isAfter(when[1]),
                    () -> "stamp not within [" + when[0] + ", " + when[1] + "]: " + presence.asXML());
        }
        return stamp;
    }

    private static Element parse(String stanza) {
        try {
            Document document = DocumentHelper.parseText(stanza);
            return document.getRootElement();
        } catch (DocumentException e) {
            throw new AssertionError("Not XML: " + stanza, e);
        }
    }
}

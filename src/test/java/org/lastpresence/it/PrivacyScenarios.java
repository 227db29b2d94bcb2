package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;
import static org.lastpresence.it.support.PrivacyLists.allowPresenceOutTo;
import static org.lastpresence.it.support.PrivacyLists.denyAllPresenceOut;
import static org.lastpresence.it.support.PrivacyLists.denyPresenceOutBySubscription;
import static org.lastpresence.it.support.PrivacyLists.denyPresenceOutTo;
import static org.lastpresence.it.support.PrivacyLists.denyPresenceOutToGroup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.PrivacyLists;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;

/**
 * V1, V2: a user's own privacy rules (XEP-0016 lists, XEP-0126 invisibility) decide what a contact learns, whether
 * Openfire or the plugin would tell it. The scenarios run twice: on Openfire with the plugin ({@link PrivacyIT}) and
 * on a bare Openfire ({@link PrivacyWithoutPluginIT}); a denied contact must get the same, which is nothing.
 */
abstract class PrivacyScenarios {
    static final Duration WAIT = Duration.ofSeconds(10);

    abstract OpenfirePerClass openfire();

    /** Every presence from {@code user}'s bare JID or its resources that a probe of {@code user} caused. */
    abstract List<ReceivedPresence> probe(XmppClient prober, String user);

    /**
     * The answer a permitted prober gets, as the server tells it (with the plugin: stamped with when that state
     * began, between {@code before} and {@code after}; without it: Openfire's unstamped copy).
     */
    abstract void assertToldAsUsual(List<ReceivedPresence> answers, String stateOf, Instant before, Instant after);

    /** Creates the accounts; {@code user} and each of the others are subscribed to each other (both). */
    void contacts(String user, String... others) {
        openfire().users(user);
        openfire().users(others);
        for (String other : others) {
            openfire().server().accounts().subscribeBoth(user, other);
        }
    }

    String jid(String user) {
        return user + "@localhost";
    }

    @Test
    void aDefaultListDenyingTheProberHidesAnOfflineUserFromProbesAndFromTheLoginReplay() {
        contacts("pia", "uma", "quy");
        XmppClient uma = XmppClient.login(openfire().port(), "uma", "uma", "phone");
        PrivacyLists.makeDefault(uma, "hide-from-pia", denyPresenceOutTo(jid("pia"), 1));
        goOffline(uma, "<presence type='unavailable'><status>uma is away till Monday</status></presence>");
        Instant quyBefore = Instant.now();
        goOffline(XmppClient.login(openfire().port(), "quy", "quy", "phone"),
                "<presence type='unavailable'><status>quy is away</status></presence>");
        Instant quyAfter = Instant.now();

        try (XmppClient pia = XmppClient.login(openfire().port(), "pia", "pia", "desk")) {
            // A contact without a list is told at login: proof that the login replay ran.
            ReceivedPresence quyAtLogin = pia.awaitPresence(fromBare(jid("quy")), WAIT);
            assertToldAsUsual(List.of(quyAtLogin), jid("quy") + "/phone", quyBefore, quyAfter);
            pia.roundTrip();
            assertEquals(List.of(), pia.presences(fromBare(jid("uma"))), "nothing of uma at pia's login");

            assertEquals(List.of(), probe(pia, jid("uma")), "pia's probe of uma is not answered");
            assertToldAsUsual(probe(pia, jid("quy")), jid("quy") + "/phone", quyBefore, quyAfter);
            assertEquals(List.of(), pia.presences(fromBare(jid("uma"))));
        }
    }

    @Test
    void aDefaultListDenyingTheProberHidesEvenThatAUserWasNeverSeen() {
        contacts("pio", "uno");
        PrivacyLists.storeDefault("uno", "hide-from-pio",
                "<item type='jid' value='" + jid("pio") + "' action='deny' order='1'><presence-out/></item>");
        try (XmppClient pio = XmppClient.login(openfire().port(), "pio", "pio", "desk")) {
            pio.roundTrip();
            assertEquals(List.of(), probe(pio, jid("uno")), "not even an unavailable presence");
            assertEquals(List.of(), pio.presences(fromBare(jid("uno"))));
        }
    }

    @Test
    void aUserOnlineWithoutHavingSentPresenceIsNotReportedOnline() {
        contacts("una2", "pal");
        try (XmppClient pal = XmppClient.login(openfire().port(), "pal", "pal", "desk");
             XmppClient una = XmppClient.loginWithoutPresence(openfire().port(), "una2", "una2", "phone")) {
            una.roundTrip();
            List<ReceivedPresence> answers = probe(pal, jid("una2"));
            assertEquals(List.of(), answers.stream().filter(answer -> answer.stanza().isAvailable())
                    .collect(Collectors.toList()), "no available presence: " + answers);
            assertEquals(List.of(), pal.presences(fromBare(jid("una2")).and(available())));
        }
    }

    @Test
    void anActiveListDenyingTheProberHidesAnOnlineUser() {
        contacts("uri", "pat", "qed");
        try (XmppClient pat = XmppClient.login(openfire().port(), "pat", "pat", "desk");
             XmppClient qed = XmppClient.login(openfire().port(), "qed", "qed", "desk");
             XmppClient uri = XmppClient.loginWithoutPresence(openfire().port(), "uri", "uri", "phone")) {
            PrivacyLists.activate(uri, "not-pat", denyPresenceOutTo(jid("pat"), 1));
            Instant before = Instant.now();
            uri.send("<presence><show>dnd</show><status>uri in a meeting</status></presence>");
            qed.awaitPresence(from(jid("uri") + "/phone").and(available()), WAIT);
            Instant after = Instant.now();
            uri.roundTrip();
            pat.roundTrip();

            assertEquals(List.of(), probe(pat, jid("uri")), "pat's probe of uri is not answered");
            assertToldAsUsual(probe(qed, jid("uri")), jid("uri") + "/phone", before, after);
            try (XmppClient tablet = XmppClient.login(openfire().port(), "pat", "pat", "tablet")) {
                tablet.roundTrip();
                assertEquals(List.of(), tablet.presences(fromBare(jid("uri"))), "nothing of uri at pat's login");
            }
            assertEquals(List.of(), pat.presences(fromBare(jid("uri"))), "pat never learns anything of uri");
        }
    }

    @Test
    void anInvisibleUserIsNeverReportedOnline() {
        openfire().pair("ivo", "pam");
        try (XmppClient pam = XmppClient.login(openfire().port(), "pam", "pam", "desk");
             XmppClient ivo = XmppClient.loginWithoutPresence(openfire().port(), "ivo", "ivo", "phone")) {
            // XEP-0126: the list is active before the initial presence, so the login itself stays hidden.
            PrivacyLists.activate(ivo, "invisible", denyAllPresenceOut(1));
            ivo.send("<presence><status>ivo is here but hidden</status></presence>");
            ivo.roundTrip();
            pam.roundTrip();

            assertEquals(List.of(), probe(pam, jid("ivo")), "pam's probe of the invisible ivo is not answered");
            try (XmppClient tablet = XmppClient.login(openfire().port(), "pam", "pam", "tablet")) {
                tablet.roundTrip();
                assertEquals(List.of(), probe(tablet, jid("ivo")), "nor at or after a new login of pam");
                assertEquals(List.of(), tablet.presences(fromBare(jid("ivo"))));
            }
            assertEquals(List.of(), pam.presences(fromBare(jid("ivo"))), "pam never sees ivo online");
        }
    }

    @Test
    void aListAllowingOneContactFirstAndDenyingEveryoneElseTellsOnlyThatContact() {
        contacts("una", "pol", "qin");
        try (XmppClient pol = XmppClient.login(openfire().port(), "pol", "pol", "desk");
             XmppClient qin = XmppClient.login(openfire().port(), "qin", "qin", "desk");
             XmppClient una = XmppClient.loginWithoutPresence(openfire().port(), "una", "una", "phone")) {
            PrivacyLists.activate(una, "only-pol", allowPresenceOutTo(jid("pol"), 1), denyAllPresenceOut(2));
            Instant before = Instant.now();
            una.send("<presence><status>una for pol only</status></presence>");
            pol.awaitPresence(from(jid("una") + "/phone").and(available()), WAIT);
            Instant after = Instant.now();
            una.roundTrip();

            assertToldAsUsual(probe(pol, jid("una")), jid("una") + "/phone", before, after);
            assertEquals(List.of(), probe(qin, jid("una")), "qin's probe of una is not answered");
            assertEquals(List.of(), qin.presences(fromBare(jid("una"))));
        }
    }

    @Test
    void aListChangedWhileOnlineAppliesToTheNextProbe() {
        openfire().pair("uwe", "pit");
        try (XmppClient pit = XmppClient.login(openfire().port(), "pit", "pit", "desk");
             XmppClient uwe = XmppClient.loginWithoutPresence(openfire().port(), "uwe", "uwe", "phone")) {
            Instant before = Instant.now();
            uwe.send("<presence><status>uwe at work</status></presence>");
            pit.awaitPresence(from(jid("uwe") + "/phone").and(available()), WAIT);
            Instant after = Instant.now();
            assertToldAsUsual(probe(pit, jid("uwe")), jid("uwe") + "/phone", before, after);

            PrivacyLists.activate(uwe, "not-pit", denyPresenceOutTo(jid("pit"), 1));
            assertEquals(List.of(), probe(pit, jid("uwe")), "denied once the list is active");

            PrivacyLists.declineActive(uwe);
            assertToldAsUsual(probe(pit, jid("uwe")), jid("uwe") + "/phone", before, after);

            PrivacyLists.activate(uwe, "not-pit", denyPresenceOutTo(jid("pit"), 1));
            assertEquals(List.of(), probe(pit, jid("uwe")), "denied again");
            PrivacyLists.edit(uwe, "not-pit", allowPresenceOutTo(jid("pit"), 1));
            assertToldAsUsual(probe(pit, jid("uwe")), jid("uwe") + "/phone", before, after);
        }
    }

    @Test
    void theItemWithTheLowestOrderDecides() {
        openfire().pair("ulf", "pru");
        try (XmppClient pru = XmppClient.login(openfire().port(), "pru", "pru", "desk");
             XmppClient ulf = XmppClient.loginWithoutPresence(openfire().port(), "ulf", "ulf", "phone")) {
            // Listed out of order on purpose: the order attribute decides, not the position.
            PrivacyLists.activate(ulf, "allow-first", denyPresenceOutTo(jid("pru"), 2),
                    allowPresenceOutTo(jid("pru"), 1));
            Instant before = Instant.now();
            ulf.send("<presence><status>ulf ordered</status></presence>");
            pru.awaitPresence(from(jid("ulf") + "/phone").and(available()), WAIT);
            Instant after = Instant.now();
            assertToldAsUsual(probe(pru, jid("ulf")), jid("ulf") + "/phone", before, after);

            PrivacyLists.activate(ulf, "deny-first", allowPresenceOutTo(jid("pru"), 2),
                    denyPresenceOutTo(jid("pru"), 1));
            assertEquals(List.of(), probe(pru, jid("ulf")), "deny at order 1 wins over allow at order 2");
        }
    }

    @Test
    void aDefaultListDenyingBySubscriptionAppliesToAnOnlineUserWithoutActiveList() {
        openfire().users("ugo", "pen", "qua");
        openfire().server().accounts().subscribeBoth("ugo", "pen");
        // qua receives ugo's presence (ugo's roster: qua "from"), ugo not qua's: not "both".
        openfire().server().accounts().subscribe("qua", "ugo");
        try (XmppClient pen = XmppClient.login(openfire().port(), "pen", "pen", "desk");
             XmppClient qua = XmppClient.login(openfire().port(), "qua", "qua", "desk");
             XmppClient ugo = XmppClient.loginWithoutPresence(openfire().port(), "ugo", "ugo", "phone")) {
            PrivacyLists.makeDefault(ugo, "no-mutual", denyPresenceOutBySubscription("both", 1));
            Instant before = Instant.now();
            ugo.send("<presence><status>ugo for one-way watchers</status></presence>");
            qua.awaitPresence(from(jid("ugo") + "/phone").and(available()), WAIT);
            Instant after = Instant.now();
            ugo.roundTrip();

            assertEquals(List.of(), probe(pen, jid("ugo")), "pen (both) is denied");
            assertToldAsUsual(probe(qua, jid("ugo")), jid("ugo") + "/phone", before, after);
            assertEquals(List.of(), pen.presences(fromBare(jid("ugo"))));
        }
    }

    @Test
    void anActiveListDenyingARosterGroupHidesItsMembers() {
        contacts("uli", "pip", "qiu");
        openfire().server().accounts().addToGroup("uli", openfire().server().accounts().jid("pip"), "work");
        try (XmppClient pip = XmppClient.login(openfire().port(), "pip", "pip", "desk");
             XmppClient qiu = XmppClient.login(openfire().port(), "qiu", "qiu", "desk");
             XmppClient uli = XmppClient.loginWithoutPresence(openfire().port(), "uli", "uli", "phone")) {
            PrivacyLists.activate(uli, "not-work", denyPresenceOutToGroup("work", 1));
            Instant before = Instant.now();
            uli.send("<presence><status>uli off duty</status></presence>");
            qiu.awaitPresence(from(jid("uli") + "/phone").and(available()), WAIT);
            Instant after = Instant.now();
            uli.roundTrip();

            assertEquals(List.of(), probe(pip, jid("uli")), "pip (group work) is denied");
            assertToldAsUsual(probe(qiu, jid("uli")), jid("uli") + "/phone", before, after);
            assertEquals(List.of(), pip.presences(fromBare(jid("uli"))));
        }
    }

    /** Sends this unavailable presence and leaves without another one; returns once the server has no session. */
    void goOffline(XmppClient client, String unavailable) {
        String user = client.connection().getUser().getLocalpart().toString();
        client.send(unavailable);
        client.roundTrip();
        client.dropConnection();
        Await.until(user + " offline", WAIT,
                () -> openfire().server().server().getSessionManager().getSessions(user).isEmpty());
        assertFalse(client.isConnected());
    }
}

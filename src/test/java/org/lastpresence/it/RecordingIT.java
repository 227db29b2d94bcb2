package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;
import static org.lastpresence.it.support.PresenceMatchers.fromBare;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jivesoftware.smack.packet.Presence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.Await;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.Probing;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.RecordTable;
import org.lastpresence.it.support.XmppClient;

/** R2-R4 as an operator's database shows them: written, bounded, and deleted with the user. */
class RecordingIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withUnlimitedProbes();

    @Test
    void anOversizedPresenceIsKeptBoundedNeverDropped() {
        OPENFIRE.users("ray", "sam");
        OPENFIRE.server().accounts().subscribeBoth("ray", "sam");
        String longStatus = "x".repeat(3000);
        String bigExtension = "<blob xmlns='urn:example:blob'>" + "b".repeat(20_000) + "</blob>";
        try (XmppClient sam = XmppClient.login(OPENFIRE.port(), "sam", "sam", "desk");
             XmppClient ray = XmppClient.loginWithoutPresence(OPENFIRE.port(), "ray", "ray", "phone")) {
            ray.send("<presence><status>" + longStatus + "</status>" + bigExtension
                    + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n' ver='v'/></presence>");
            sam.awaitPresence(from("ray@localhost/phone").and(available()), WAIT);

            // Online, the presence is Openfire's: a probe tells it as Sam received it live, stamped.
            List<ReceivedPresence> online = Probing.probe(sam, "ray@localhost", fromBare("ray@localhost"));
            assertEquals(1, online.size(), online::toString);
            assertEquals(3000, online.get(0).stanza().getStatus().length());
            assertNotNull(online.get(0).stanza().getExtensionElement("delay", "urn:xmpp:delay"));

            ray.send("<presence type='unavailable'><status>" + longStatus + "</status>" + bigExtension
                    + "</presence>");
            ray.roundTrip();
            List<ReceivedPresence> offline = Probing.probe(sam, "ray@localhost", fromBare("ray@localhost"));
            assertEquals(Presence.Type.unavailable, offline.get(0).type());
            assertEquals("x".repeat(1024), offline.get(0).stanza().getStatus());
            Await.until("the bounded record in the database", WAIT,
                    () -> RecordTable.statusOf("ray").map(String::length).orElse(0) == 1024);
        }
    }

    @Test
    void deletingAUserDeletesTheirRecord() {
        OPENFIRE.users("tia", "ugo");
        OPENFIRE.server().accounts().subscribeBoth("tia", "ugo");
        XmppClient tia = XmppClient.login(OPENFIRE.port(), "tia", "tia", "phone");
        tia.send("<presence type='unavailable'><status>leaving the company</status></presence>");
        tia.roundTrip();
        tia.dropConnection();
        Await.until("tia's record written", WAIT, () -> RecordTable.statusOf("tia").isPresent());

        OPENFIRE.server().accounts().deleteUser("tia");
        Await.until("tia's record deleted", WAIT, () -> RecordTable.statusOf("tia").equals(Optional.empty()));
        // Recreated under the same name, the account starts with no past.
        OPENFIRE.server().accounts().createUser("tia", "tia");
        OPENFIRE.server().accounts().subscribeBoth("tia", "ugo");
        try (XmppClient ugo = XmppClient.login(OPENFIRE.port(), "ugo", "ugo", "desk")) {
            List<ReceivedPresence> answers = Probing.probe(ugo, "tia@localhost", fromBare("tia@localhost"));
            assertEquals(1, answers.size(), answers::toString);
            assertNull(answers.get(0).stanza().getStatus());
            assertEquals(0, answers.get(0).delayCount());
        }
    }
}

package org.lastpresence.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastpresence.testing.TablePrivacyRules;
import org.xmpp.packet.JID;

/** Which list counts (session list while online, default list while offline) and what the prober may see. */
class DisclosureTest {
    private static final JID ALICE = new JID("alice@localhost");
    private static final JID PHONE = new JID("alice@localhost/phone");
    private static final JID LAPTOP = new JID("alice@localhost/laptop");
    private static final JID BOB = new JID("bob@localhost/desk");
    private static final PresenceRules DENY_BOB = PresenceRules.of(List.of(
            PrivacyRule.deny(1, PrivacyRule.Match.JID, "bob@localhost")));
    private static final PresenceRules INVISIBLE = PresenceRules.of(List.of(
            PrivacyRule.deny(1, PrivacyRule.Match.EVERYONE, null)));

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("offline, no list: the record may be told", new TablePrivacyRules(), List.of(), BOB,
                        "hidden resources []"),
                Arguments.of("offline, default list denies him: nothing",
                        new TablePrivacyRules().defaultList("alice", DENY_BOB), List.of(), BOB, "offline hidden"),
                Arguments.of("offline, a session list is not the default: the record may be told",
                        new TablePrivacyRules().session("alice@localhost/phone", DENY_BOB), List.of(), BOB,
                        "hidden resources []"),
                Arguments.of("online, the phone's session list denies him: only the laptop",
                        new TablePrivacyRules().session("alice@localhost/phone", DENY_BOB), List.of(PHONE, LAPTOP),
                        BOB, "hidden resources [alice@localhost/phone]"),
                Arguments.of("online, no session list: the default list counts",
                        new TablePrivacyRules().defaultList("alice", DENY_BOB), List.of(PHONE), BOB,
                        "hidden resources [alice@localhost/phone]"),
                Arguments.of("online and invisible on her only resource: nothing of it",
                        new TablePrivacyRules().session("alice@localhost/phone", INVISIBLE), List.of(PHONE), BOB,
                        "hidden resources [alice@localhost/phone]"),
                Arguments.of("her own other resource always sees her",
                        new TablePrivacyRules().session("alice@localhost/phone", INVISIBLE)
                                .defaultList("alice", INVISIBLE), List.of(PHONE), new JID("alice@localhost/tablet"),
                        "hidden resources []"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void showsWhatTheUsersRulesAllow(String row, TablePrivacyRules rules, List<JID> live, JID prober,
                                     String visibility) {
        assertEquals(visibility, new Disclosure(rules).visibility(ALICE, live, prober).toString());
    }
}

package org.lastpresence.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lastpresence.privacy.PrivacyRule.Match.EVERYONE;
import static org.lastpresence.privacy.PrivacyRule.Match.GROUP;
import static org.lastpresence.privacy.PrivacyRule.Match.SUBSCRIPTION;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lastpresence.privacy.PrivacyRule.Match;
import org.lastpresence.probes.RosterSubscription;
import org.xmpp.packet.JID;

/** XEP-0016 evaluation for outgoing presence, as Openfire does it: list kinds, orders and actions, row by row. */
class PresenceRulesTest {
    private static final JID BOB_DESK = new JID("bob@localhost/desk");
    private static final RosterEntry FRIEND_BOTH = new RosterEntry(RosterSubscription.BOTH, Set.of("Friends"));

    static Stream<Arguments> rows() {
        return Stream.of(
                row("no list in force: allowed", List.of(), true),
                row("deny that bare JID: denied", List.of(PrivacyRule.deny(1, Match.JID, "bob@localhost")), false),
                row("deny that full JID: denied", List.of(PrivacyRule.deny(1, Match.JID, "bob@localhost/desk")), false),
                row("deny another resource of him: allowed",
                        List.of(PrivacyRule.deny(1, Match.JID, "bob@localhost/phone")), true),
                row("deny his domain: denied", List.of(PrivacyRule.deny(1, Match.JID, "localhost")), false),
                row("deny a subdomain: allowed", List.of(PrivacyRule.deny(1, Match.JID, "sub.localhost")), true),
                row("deny someone else: allowed", List.of(PrivacyRule.deny(1, Match.JID, "carol@localhost")), true),
                row("invisibility (deny everyone): denied", List.of(PrivacyRule.deny(1, EVERYONE, null)), false),
                row("allow him first, then deny everyone: allowed",
                        List.of(PrivacyRule.allow(1, Match.JID, "bob@localhost"),
                                PrivacyRule.deny(2, EVERYONE, null)), true),
                row("deny him at 2, allow him at 1: the lower order wins",
                        List.of(PrivacyRule.deny(2, Match.JID, "bob@localhost"),
                                PrivacyRule.allow(1, Match.JID, "bob@localhost")), true),
                row("allow him at 5, deny everyone at 3: denied",
                        List.of(PrivacyRule.allow(5, Match.JID, "bob@localhost"),
                                PrivacyRule.deny(3, EVERYONE, null)), false),
                row("deny the group he is in: denied", List.of(PrivacyRule.deny(1, GROUP, "Friends")), false),
                row("deny a group he is not in: allowed", List.of(PrivacyRule.deny(1, GROUP, "Work")), true),
                row("deny subscription both (his): denied", List.of(PrivacyRule.deny(1, SUBSCRIPTION, "both")), false),
                row("deny subscription from (not his): allowed",
                        List.of(PrivacyRule.deny(1, SUBSCRIPTION, "from")), true),
                row("allow everyone explicitly: allowed", List.of(PrivacyRule.allow(1, EVERYONE, null)), true));
    }

    private static Arguments row(String name, List<PrivacyRule> rules, boolean permitted) {
        return Arguments.of(name, rules, permitted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesLikeOpenfire(String row, List<PrivacyRule> rules, boolean permitted) {
        assertEquals(permitted, PresenceRules.of(rules).permits(BOB_DESK, () -> FRIEND_BOTH));
    }

    private static RosterEntry counted(AtomicInteger reads) {
        reads.incrementAndGet();
        return FRIEND_BOTH;
    }

    @Test
    void aStrangerMatchesSubscriptionNone() {
        PresenceRules rules = PresenceRules.of(List.of(PrivacyRule.deny(1, SUBSCRIPTION, "none")));
        assertEquals(false, rules.permits(BOB_DESK, () -> RosterEntry.NONE));
        assertEquals(true, rules.permits(BOB_DESK, () -> FRIEND_BOTH));
    }

    @Test
    void theRosterIsReadOnlyWhenARuleNeedsIt() {
        AtomicInteger reads = new AtomicInteger();
        PresenceRules.of(List.of(PrivacyRule.deny(1, Match.JID, "carol@localhost")))
                .permits(BOB_DESK, () -> counted(reads));
        assertEquals(0, reads.get());
        PresenceRules.of(List.of(PrivacyRule.deny(1, GROUP, "Work"), PrivacyRule.deny(2, SUBSCRIPTION, "to")))
                .permits(BOB_DESK, () -> counted(reads));
        assertEquals(1, reads.get());
    }
}

package org.lastpresence.stamps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmpp.packet.JID;

/** D2 and D3: which copies delivered on this thread are live broadcasts, and which replays a login has had. */
class DeliveryContextTest {
    private static final String ALICE = "alice@localhost/desk";
    private static final String BOB = "bob@localhost/phone";
    private static final String CAROL = "carol@localhost/pad";

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("nothing marked: no copy is live", List.of(), ALICE, false),
                Arguments.of("the one sender routed now", List.of(ALICE), ALICE, true),
                Arguments.of("another resource is not live", List.of(ALICE), BOB, false),
                Arguments.of("the same JID of another resource of the user", List.of(ALICE), "alice@localhost/phone",
                        false),
                Arguments.of("marked twice: still live", List.of(ALICE, ALICE), ALICE, true),
                Arguments.of("two senders: the first", List.of(ALICE, BOB), ALICE, true),
                Arguments.of("two senders: the second", List.of(ALICE, BOB), BOB, true),
                Arguments.of("two senders: a third is not live", List.of(ALICE, BOB), CAROL, false),
                Arguments.of("three senders: the last", List.of(ALICE, BOB, CAROL), CAROL, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void liveAfterMarks(String description, List<String> marked, String sender, boolean live) {
        DeliveryContext context = new DeliveryContext();
        context.begin();
        // A copy's from attribute is another String object than the one marked: compared by value.
        marked.forEach(jid -> context.markLive(new String(jid)));
        assertEquals(live, context.isLive(sender));
    }

    @ParameterizedTest(name = "after {0} senders, the next incoming packet starts with none live")
    @MethodSource("senderCounts")
    void nextPacketForgetsTheMarks(int senders) {
        DeliveryContext context = new DeliveryContext();
        context.begin();
        List.of(ALICE, BOB, CAROL).subList(0, senders).forEach(context::markLive);
        context.end();
        context.begin();
        assertEquals(false, context.isLive(ALICE));
        context.markLive(BOB);
        assertEquals(List.of(false, true), List.of(context.isLive(ALICE), context.isLive(BOB)));
    }

    @Test
    void offlineReplaysAreRememberedForTheLoginBeingRoutedOnly() {
        DeliveryContext context = new DeliveryContext();
        JID recipient = new JID("bob@localhost/phone");
        // The plugin's own thread delivers answers without routing anything: nothing to remember, nothing kept.
        context.offlineReplayed("alice@localhost", recipient);
        assertEquals(Set.of(), context.offlineReplaysTo(recipient));
        context.begin();
        context.offlineReplayed("alice@localhost", recipient);
        context.offlineReplayed("carol@localhost", recipient);
        assertEquals(Set.of("alice@localhost", "carol@localhost"), context.offlineReplaysTo(recipient));
        assertEquals(Set.of(), context.offlineReplaysTo(new JID("bob@localhost/desk")));
        context.end();
        assertEquals(Set.of(), context.offlineReplaysTo(recipient));
    }

    static Stream<Integer> senderCounts() {
        return Stream.of(1, 2, 3);
    }
}

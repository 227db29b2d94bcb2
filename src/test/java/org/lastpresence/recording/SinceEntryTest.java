package org.lastpresence.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.lastpresence.testing.Stanzas.presence;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmpp.packet.Presence;

/** A presence's fingerprint tells a change of show or status from a re-send. */
class SinceEntryTest {
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("the same state re-sent",
                        "<presence><show>away</show><status>at lunch</status></presence>",
                        "<presence><show>away</show><status>at lunch</status></presence>", true),
                Arguments.of("priority and extensions ignored", "<presence><status>at lunch</status></presence>",
                        "<presence><priority>5</priority><status>at lunch</status><c xmlns='x'/></presence>", true),
                Arguments.of("spacing is not a change", "<presence><status>at lunch</status></presence>",
                        "<presence><status>\n\t at   lunch \r\n</status></presence>", true),
                Arguments.of("an empty status is no status", "<presence/>",
                        "<presence><status>  </status></presence>", true),
                Arguments.of("another status", "<presence><status>at lunch</status></presence>",
                        "<presence><status>at lunch!</status></presence>", false),
                Arguments.of("words joined differently", "<presence><status>at lunch</status></presence>",
                        "<presence><status>atlunch</status></presence>", false),
                Arguments.of("another show", "<presence><show>away</show></presence>",
                        "<presence><show>dnd</show></presence>", false),
                Arguments.of("show and status are kept apart", "<presence><show>away</show></presence>",
                        "<presence><status>away</status></presence>", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void tellsAChangeFromAResend(String name, String first, String second, boolean same) {
        long a = SinceEntry.fingerprintOf(presence(first));
        long b = SinceEntry.fingerprintOf(presence(second));
        if (same) {
            assertEquals(a, b);
        } else {
            assertNotEquals(a, b);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<presence/>",
            "<presence><show>xa</show></presence>",
            "<presence><status> gone  home\tfor\nthe day </status></presence>",
            "<presence><show>chat</show><status>x</status></presence>",
    })
    void isTheHashOfTheTrimmedTextsAsEarlierVersionsStoredIt(String xml) {
        // Entries written by the previous version stay comparable across a plugin upgrade on a cluster.
        Presence stanza = presence(xml);
        assertEquals(earlierFingerprint(stanza), SinceEntry.fingerprintOf(stanza));
    }

    private static long earlierFingerprint(Presence presence) {
        long hash = 0xcbf29ce484222325L;
        hash = fnv(hash, trimmed(presence, "show"));
        hash = fnv(hash, "\u0000");
        return fnv(hash, trimmed(presence, "status"));
    }

    private static String trimmed(Presence presence, String child) {
        String value = presence.getElement().elementTextTrim(child);
        return value == null ? "" : value;
    }

    private static long fnv(long hash, String text) {
        long result = hash;
        for (int i = 0; i < text.length(); i++) {
            result ^= text.charAt(i);
            result *= 0x100000001b3L;
        }
        return result;
    }
}

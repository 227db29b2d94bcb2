package org.lastpresence.bench.ab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RingRosterTest {
    @Test
    void contactsAreTheNearestNeighboursOnBothSidesAcrossTheWrap() {
        RingRoster roster = new RingRoster(10, 4, 5);
        assertArrayEquals(new int[] {1, 9, 2, 8}, roster.contactsOf(0));
        assertArrayEquals(new int[] {0, 8, 1, 7}, roster.contactsOf(9));
    }

    @Test
    void eachUnorderedPairIsCreatedOnceAndMatchesTheContacts() {
        RingRoster roster = new RingRoster(300, 20, 10);
        List<int[]> pairs = roster.pairs();
        assertEquals(300 * 10, pairs.size());
        Set<String> unique = new HashSet<>();
        for (int[] pair : pairs) {
            assertTrue(unique.add(Math.min(pair[0], pair[1]) + "-" + Math.max(pair[0], pair[1])), "duplicate pair");
            assertTrue(Arrays.stream(roster.contactsOf(pair[0])).anyMatch(c -> c == pair[1]));
            assertTrue(Arrays.stream(roster.contactsOf(pair[1])).anyMatch(c -> c == pair[0]));
        }
        for (int user = 0; user < 300; user++) {
            assertEquals(20, Arrays.stream(roster.contactsOf(user)).distinct().count(), "distinct contacts of " + user);
        }
    }

    @Test
    void everyTenthUserIsAnAbsenteeAndTheOthersStayOnline() {
        RingRoster roster = new RingRoster(300, 20, 10);
        assertArrayEquals(new int[] {5, 15, 25}, Arrays.copyOf(roster.absentees(), 3));
        assertEquals(30, roster.absentees().length);
        assertEquals(270, roster.onlineUsers().length);
        assertArrayEquals(new int[] {6, 4, 7, 3, 8, 2, 9, 1, 10, 0, 11, 299, 12, 298, 13, 297, 14, 296},
                roster.onlineContactsOf(5));
        assertArrayEquals(new int[] {15, 5}, roster.absentContactsOf(10));
    }

    @Test
    void reloginWavesCoverEveryOnlineUserOnceAndHoldNoTwoContacts() {
        for (int users : new int[] {22, 40, 100, 300, 301, 307}) {
            RingRoster roster = new RingRoster(users, users >= 300 ? 20 : 6, 10);
            Set<Integer> seen = new HashSet<>();
            for (int[] wave : roster.reloginWaves()) {
                for (int member : wave) {
                    assertFalse(roster.isAbsentee(member), "absentee " + member + " in a wave");
                    assertTrue(seen.add(member), member + " in two waves");
                    for (int contact : roster.contactsOf(member)) {
                        assertFalse(Arrays.stream(wave).anyMatch(m -> m == contact),
                                member + " and its contact " + contact + " in one wave (" + users + " users)");
                    }
                }
            }
            assertEquals(roster.onlineUsers().length, seen.size(), "online users in waves (" + users + " users)");
        }
    }

    @Test
    void userIndexIsReadFromBareAndFullJids() {
        assertEquals(42, RingRoster.indexOf("u42@localhost"));
        assertEquals(0, RingRoster.indexOf("u0@localhost/load"));
        assertEquals(-1, RingRoster.indexOf("localhost"));
        assertEquals(-1, RingRoster.indexOf("alice@localhost"));
        assertEquals(-1, RingRoster.indexOf("u4x@localhost"));
        assertEquals(-1, RingRoster.indexOf(null));
    }

    @Test
    void layoutsThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RingRoster(300, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new RingRoster(20, 20, 10));
        assertThrows(IllegalArgumentException.class, () -> new RingRoster(300, 20, 1));
    }
}

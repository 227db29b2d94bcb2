package org.lastpresence.bench.ab;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's deterministic accounts: users {@code u0..u(N-1)} on a ring, each subscribed both ways to its
 * {@code K/2} neighbours on either side. Every {@code absentEvery}-th user is an absentee: logs in and out once,
 * so that in (b) the plugin holds a record it replays to the absentee's contacts at their login.
 */
final class RingRoster {
    private final int users;
    private final int contacts;
    private final int absentEvery;

    RingRoster(int users, int contacts, int absentEvery) {
        if (contacts < 2 || contacts % 2 != 0) {
            throw new IllegalArgumentException("contacts must be even and at least 2, was " + contacts);
        }
        if (users < 2 * (contacts / 2 + 1)) {
            throw new IllegalArgumentException("users must be at least contacts + 2 (" + (contacts + 2)
                    + ") so that contacts are distinct and relogin waves exist, was " + users);
        }
        if (absentEvery < 2) {
            throw new IllegalArgumentException("absentEvery must be at least 2, was " + absentEvery);
        }
        this.users = users;
        this.contacts = contacts;
        this.absentEvery = absentEvery;
    }

    int users() {
        return users;
    }

    static String name(int user) {
        return "u" + user;
    }

    /** The user index of a bare or full JID {@code u<i>@domain[/resource]}, or -1 for anything else. */
    static int indexOf(String jid) {
        if (jid == null || jid.length() < 2 || jid.charAt(0) != 'u') {
            return -1;
        }
        int at = jid.indexOf('@');
        if (at < 2) {
            return -1;
        }
        int value = 0;
        for (int i = 1; i < at; i++) {
            char c = jid.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The roster pairs to create once, each unordered pair once: (i, i+d mod N) for d = 1..K/2. */
    List<int[]> pairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            for (int d = 1; d <= contacts / 2; d++) {
                pairs.add(new int[] {i, (i + d) % users});
            }
        }
        return pairs;
    }

    /** The K contacts of a user, nearest first. */
    int[] contactsOf(int user) {
        int[] result = new int[contacts];
        int n = 0;
        for (int d = 1; d <= contacts / 2; d++) {
            result[n++] = (user + d) % users;
            result[n++] = (user - d + users) % users;
        }
        return result;
    }

    boolean isAbsentee(int user) {
        return user % absentEvery == absentEvery / 2;
    }

    /** Users who stay online for the whole run (all but the absentees). */
    int[] onlineUsers() {
        return filter(allUsers(), false);
    }

    int[] absentees() {
        return filter(allUsers(), true);
    }

    int[] onlineContactsOf(int user) {
        return filter(contactsOf(user), false);
    }

    int[] absentContactsOf(int user) {
        return filter(contactsOf(user), true);
    }

    /**
     * Online users split into waves of users who are nobody's contact within the wave (ring distance above K/2),
     * so a wave can log out and in at once and each member's contacts are all online meanwhile. Wave j holds the
     * users i = j mod (K/2+1) below the largest multiple of K/2+1 that fits in N; the rest form extra waves.
     */
    List<int[]> reloginWaves() {
        int stride = contacts / 2 + 1;
        int regular = (users / stride) * stride;
        List<int[]> waves = new ArrayList<>();
        for (int j = 0; j < stride; j++) {
            List<Integer> wave = new ArrayList<>();
            for (int i = j; i < regular; i += stride) {
                wave.add(i);
            }
            add(waves, wave);
        }
        // The remainder (fewer than stride users, all within K/2 of each other): one wave each.
        for (int i = regular; i < users; i++) {
            add(waves, List.of(i));
        }
        return waves;
    }

    private void add(List<int[]> waves, List<Integer> members) {
        int[] online = filter(members.stream().mapToInt(Integer::intValue).toArray(), false);
        if (online.length > 0) {
            waves.add(online);
        }
    }

    private int[] allUsers() {
        int[] all = new int[users];
        for (int i = 0; i < users; i++) {
            all[i] = i;
        }
        return all;
    }

    private int[] filter(int[] candidates, boolean absentees) {
        return java.util.Arrays.stream(candidates).filter(u -> isAbsentee(u) == absentees).toArray();
    }
}

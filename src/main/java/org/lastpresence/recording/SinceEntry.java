package org.lastpresence.recording;

import java.time.Instant;
import java.util.Objects;

import org.xmpp.packet.Presence;

/**
 * What the plugin adds to Openfire's view of one available resource: since when its state holds, which cluster
 * node hosts it, and a fingerprint of its state (availability, show, status) that tells a change from a re-send.
 * Kept as one String in a clustered cache: plugin classes must never be cache values (they break on other nodes
 * after a plugin reload), and the status text itself stays out of the cache.
 */
final class SinceEntry {
    private final Instant since;
    private final String node;
    private final long fingerprint;

    SinceEntry(Instant since, String node, long fingerprint) {
        this.since = since;
        this.node = Objects.requireNonNull(node, "node");
        this.fingerprint = fingerprint;
    }

    Instant since() {
        return since;
    }

    String node() {
        return node;
    }

    long fingerprint() {
        return fingerprint;
    }

    String encode() {
        return since.toEpochMilli() + " " + fingerprint + " " + node;
    }

    /** The entry, or null when the text is missing or not one of this plugin's entries. */
    static SinceEntry decode(String text) {
        if (text == null) {
            return null;
        }
        int first = text.indexOf(' ');
        int second = first < 0 ? -1 : text.indexOf(' ', first + 1);
        if (second < 0) {
            return null;
        }
        try {
            return new SinceEntry(Instant.ofEpochMilli(Long.parseLong(text.substring(0, first))),
                    text.substring(second + 1), Long.parseLong(text.substring(first + 1, second)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** FNV-1a over show and status: equal for a re-send that changes only priority or extensions. */
    static long fingerprintOf(Presence presence) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, text(presence, "show"));
        hash = mix(hash, "\u0000");
        return mix(hash, text(presence, "status"));
    }

    private static long mix(long hash, String text) {
        long result = hash;
        for (int i = 0; i < text.length(); i++) {
            result ^= text.charAt(i);
            result *= 0x100000001b3L;
        }
        return result;
    }

    private static String text(Presence presence, String child) {
        String value = presence.getElement().elementTextTrim(child);
        return value == null ? "" : value;
    }
}

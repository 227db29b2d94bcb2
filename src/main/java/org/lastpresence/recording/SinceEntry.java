package org.lastpresence.recording;

import java.time.Instant;
import java.util.Objects;

import org.dom4j.Element;
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

    /**
     * FNV-1a over show and status, each as dom4j's {@code getTextTrim} gives it (words split at whitespace, joined by
     * one space): equal for a re-send that changes only priority, extensions or spacing. Hashed as it is read, since
     * every broadcast is fingerprinted and the trimmed text would be built through a tokenizer and a buffer.
     */
    static long fingerprintOf(Presence presence) {
        Element stanza = presence.getElement();
        long hash = mixWords(0xcbf29ce484222325L, stanza.element("show"));
        hash = mix(hash, '\u0000');
        return mixWords(hash, stanza.element("status"));
    }

    private static long mixWords(long hash, Element element) {
        if (element == null) {
            return hash;
        }
        String text = element.getText();
        long result = hash;
        boolean wordSeen = false;
        boolean afterSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                afterSpace = true;
                continue;
            }
            if (afterSpace && wordSeen) {
                result = mix(result, ' ');
            }
            afterSpace = false;
            wordSeen = true;
            result = mix(result, c);
        }
        return result;
    }

    private static long mix(long hash, char c) {
        return (hash ^ c) * 0x100000001b3L;
    }
}

package org.lastpresence.bench.ab;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts a server's XMPP stream into its top-level elements (stanzas, features, SASL results) as they arrive, by
 * counting element depth; no XML parser, so 300 sessions cost the load generator little. A new stream header
 * (after SASL) restarts the count; the end of the stream is reported as {@value #STREAM_END}. Text is decoded
 * as ISO-8859-1 (one char per byte), so a stanza's length is its size on the wire.
 */
final class StanzaSplitter {
    static final String STREAM_END = "</stream:stream>";

    private byte[] buffer = new byte[8192];
    private int length;
    private int scanned;
    private int depth;
    private int stanzaStart = -1;
    private int tagStart = -1;
    private byte quote;

    /** Consumes the readable bytes of {@code data} and hands each completed top-level element to {@code out}. */
    void feed(ByteBuffer data, Consumer<String> out) {
        int incoming = data.remaining();
        if (length + incoming > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + incoming));
        }
        data.get(buffer, length, incoming);
        length += incoming;
        scan(out);
        compact();
    }

    private void scan(Consumer<String> out) {
        for (int i = scanned; i < length; i++) {
            byte b = buffer[i];
            if (tagStart < 0) {
                if (b == '<') {
                    tagStart = i;
                }
            } else if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                tag(tagStart, i, out);
                tagStart = -1;
            }
        }
        scanned = length;
    }

    private void tag(int start, int end, Consumer<String> out) {
        byte second = buffer[start + 1];
        if (second == '?' || second == '!') {
            return;
        }
        if (second == '/') {
            depth--;
            if (depth == 1 && stanzaStart >= 0) {
                out.accept(text(stanzaStart, end));
                stanzaStart = -1;
            } else if (depth <= 0) {
                depth = 0;
                out.accept(STREAM_END);
            }
            return;
        }
        if (startsWith(start + 1, "stream:stream")) {
            depth = 1;
            stanzaStart = -1;
            return;
        }
        boolean selfClosing = buffer[end - 1] == '/';
        if (depth == 1) {
            if (selfClosing) {
                out.accept(text(start, end));
            } else {
                stanzaStart = start;
                depth++;
            }
        } else if (!selfClosing) {
            depth++;
        }
    }

    private boolean startsWith(int at, String name) {
        if (at + name.length() > length) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (buffer[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String text(int start, int end) {
        return new String(buffer, start, end - start + 1, StandardCharsets.ISO_8859_1);
    }

    /** Keeps only the unfinished element (or tag) at the front of the buffer. */
    private void compact() {
        int keep = stanzaStart >= 0 ? stanzaStart : tagStart >= 0 ? tagStart : length;
        if (keep == 0) {
            return;
        }
        System.arraycopy(buffer, keep, buffer, 0, length - keep);
        length -= keep;
        scanned -= keep;
        if (stanzaStart >= 0) {
            stanzaStart -= keep;
        }
        if (tagStart >= 0) {
            tagStart -= keep;
        }
    }
}

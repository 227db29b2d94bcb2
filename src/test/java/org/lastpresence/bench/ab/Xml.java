package org.lastpresence.bench.ab;

/** Reads the few fields the load generator needs from one stanza's text, without parsing it. */
final class Xml {
    private Xml() {
    }

    /** The element name: {@code presence}, {@code iq}, {@code stream:features}, {@code success}, ... */
    static String name(String stanza) {
        int end = 1;
        while (end < stanza.length()) {
            char c = stanza.charAt(end);
            if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
                break;
            }
            end++;
        }
        return stanza.substring(1, end);
    }

    /** An attribute of the outer element (either quote style), or null. */
    static String attribute(String stanza, String name) {
        int tagEnd = stanza.indexOf('>');
        int from = 0;
        while (true) {
            int at = stanza.indexOf(name, from);
            if (at < 0 || (tagEnd >= 0 && at > tagEnd)) {
                return null;
            }
            int eq = at + name.length();
            char before = stanza.charAt(at - 1);
            if ((before == ' ' || before == '\t' || before == '\n') && eq + 1 < stanza.length()
                    && stanza.charAt(eq) == '=') {
                char quote = stanza.charAt(eq + 1);
                int close = stanza.indexOf(quote, eq + 2);
                return close < 0 ? null : stanza.substring(eq + 2, close);
            }
            from = at + 1;
        }
    }

    /** The text of the first {@code <element>...</element>} child (no attributes), or null. */
    static String childText(String stanza, String element) {
        String open = "<" + element + ">";
        int start = stanza.indexOf(open);
        if (start < 0) {
            return null;
        }
        int end = stanza.indexOf("</" + element + ">", start);
        return end < 0 ? null : stanza.substring(start + open.length(), end);
    }
}

package org.lastpresence.recording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dom4j.Element;
import org.xmpp.packet.Presence;

/**
 * Bounds a presence before it is kept (rule R3): the status text is cut to {@value #MAX_STATUS_CHARS}
 * characters and, while the stanza is longer than {@value #MAX_STANZA_CHARS} characters, its largest extension is
 * dropped. {@code <show/>}, {@code <status/>} and {@code <priority/>} are never dropped, so a record always survives.
 */
public final class StanzaBounds {
    public static final int MAX_STATUS_CHARS = 1024;
    public static final int MAX_STANZA_CHARS = 8192;
    private static final Set<String> CORE_CHILDREN = Set.of("show", "status", "priority");

    private StanzaBounds() {
    }

    /** A bounded copy of the presence; the original is not modified. */
    public static Presence bound(Presence presence) {
        Presence copy = presence.createCopy();
        Element root = copy.getElement();
        for (Object child : root.elements("status")) {
            Element status = (Element) child;
            String text = status.getText();
            if (text.length() > MAX_STATUS_CHARS) {
                status.setText(cut(text));
            }
        }
        // Most presences are far under the cap: measure once, and only then look at the extensions.
        int size = root.asXML().length();
        if (size <= MAX_STANZA_CHARS) {
            return copy;
        }
        List<Element> extensions = new ArrayList<>();
        for (Object child : root.elements()) {
            Element element = (Element) child;
            if (!isCore(element, root)) {
                extensions.add(element);
            }
        }
        Map<Element, Integer> sizes = new IdentityHashMap<>();
        extensions.forEach(extension -> sizes.put(extension, extension.asXML().length()));
        extensions.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        for (Element extension : extensions) {
            if (size <= MAX_STANZA_CHARS) {
                break;
            }
            root.remove(extension);
            size -= sizes.get(extension);
        }
        return copy;
    }

    private static boolean isCore(Element child, Element root) {
        String namespace = child.getNamespaceURI();
        return CORE_CHILDREN.contains(child.getName())
                && (namespace.isEmpty() || namespace.equals(root.getNamespaceURI())
                        || namespace.equals("jabber:client"));
    }

    // Never split a surrogate pair: a half character would make the stored XML invalid.
    private static String cut(String text) {
        int end = MAX_STATUS_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}

package org.lastpresence.recording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.Node;
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
        return boundInPlace(presence.createCopy());
    }

    private static Presence boundInPlace(Presence copy) {
        Element root = copy.getElement();
        for (Object child : root.elements("status")) {
            Element status = (Element) child;
            String text = status.getText();
            if (text.length() > MAX_STATUS_CHARS) {
                status.setText(cut(text));
            }
        }
        // Most presences are far under the cap: a cheap upper bound spares serializing them to measure.
        if (sizeAtMost(root) <= MAX_STANZA_CHARS) {
            return copy;
        }
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

    /** An upper bound of the element's length as XML, counted without building the text (escapes at worst). */
    static int sizeAtMost(Element element) {
        long size = 2L * element.getQualifiedName().length() + 5 + element.getNamespaceURI().length() + 10;
        for (int i = 0, count = element.attributeCount(); i < count; i++) {
            Attribute attribute = element.attribute(i);
            size += attribute.getQualifiedName().length() + 6L * attribute.getValue().length() + 4;
        }
        for (int i = 0, count = element.nodeCount(); i < count; i++) {
            Node node = element.node(i);
            size += node instanceof Element ? sizeAtMost((Element) node)
                    : 6L * (node.getText() == null ? 0 : node.getText().length()) + 12;
            if (size > Integer.MAX_VALUE / 2) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) Math.min(size, Integer.MAX_VALUE);
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

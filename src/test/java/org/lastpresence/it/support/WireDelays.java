package org.lastpresence.it.support;

import java.util.ArrayList;
import java.util.List;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/**
 * The delay elements of a stanza as it came over the wire (e.g. from {@link RawXmppClient}), at any depth:
 * XEP-0203 {@code urn:xmpp:delay} and the legacy XEP-0091 {@code jabber:x:delay}. Smack's parsed stanza shows
 * only top-level extensions, so a delay nested inside another extension is looked for here.
 */
public final class WireDelays {
    public static final String DELAY = "urn:xmpp:delay";
    public static final String LEGACY_DELAY = "jabber:x:delay";

    private WireDelays() {
    }

    /** Every element of either delay namespace inside the stanza, in document order. */
    public static List<Element> in(String stanzaXml) {
        List<Element> delays = new ArrayList<>();
        collect(parse(stanzaXml), List.of(DELAY, LEGACY_DELAY), delays);
        return delays;
    }

    /** True if the stanza contains an element of this namespace at any depth. */
    public static boolean containsNamespace(String stanzaXml, String namespace) {
        List<Element> found = new ArrayList<>();
        collect(parse(stanzaXml), List.of(namespace), found);
        return !found.isEmpty();
    }

    private static void collect(Element parent, List<String> namespaces, List<Element> into) {
        for (Object child : parent.elements()) {
            Element element = (Element) child;
            if (namespaces.contains(element.getNamespaceURI())) {
                into.add(element);
            }
            collect(element, namespaces, into);
        }
    }

    private static Element parse(String stanzaXml) {
        try {
            return DocumentHelper.parseText(stanzaXml).getRootElement();
        } catch (DocumentException e) {
            throw new AssertionError("Not a well-formed stanza: " + stanzaXml, e);
        }
    }
}

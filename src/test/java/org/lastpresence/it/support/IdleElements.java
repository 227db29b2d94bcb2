package org.lastpresence.it.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/** The XEP-0319 {@code <idle xmlns='urn:xmpp:idle:1' since='…'/>} elements of a stanza as a client received it. */
public final class IdleElements {
    public static final String NAMESPACE = "urn:xmpp:idle:1";

    private IdleElements() {
    }

    /** The {@code since} of every top-level idle element of the stanza's XML, in order. */
    public static List<Instant> sinceOf(String stanzaXml) {
        Document document;
        try {
            document = DocumentHelper.parseText(stanzaXml);
        } catch (DocumentException e) {
            throw new AssertionError("Not XML: " + stanzaXml, e);
        }
        List<Instant> since = new ArrayList<>();
        for (Element child : document.getRootElement().elements()) {
            if ("idle".equals(child.getName()) && NAMESPACE.equals(child.getNamespaceURI())) {
                since.add(Instant.parse(child.attributeValue("since")));
            }
        }
        return since;
    }
}

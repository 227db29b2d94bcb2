package org.lastpresence.testing;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.xmpp.packet.Presence;

/** Builds Tinder presences from XML text, so test tables read like the wire. */
public final class Stanzas {
    private Stanzas() {
    }

    public static Presence presence(String xml) {
        try {
            return new Presence(DocumentHelper.parseText(xml).getRootElement());
        } catch (DocumentException e) {
            throw new IllegalArgumentException(xml, e);
        }
    }
}

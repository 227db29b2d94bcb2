package org.lastpresence.it.cluster;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.xmpp.packet.IQ;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/** Stanzas as XML text between nodes. */
final class Packets {
    private Packets() {
    }

    static String toXml(Packet packet) {
        return packet.toXML();
    }

    static Packet parse(String xml) {
        Element element;
        try {
            element = DocumentHelper.parseText(xml).getRootElement();
        } catch (DocumentException e) {
            throw new IllegalArgumentException("Not a stanza: " + e.getMessage(), e);
        }
        switch (element.getName()) {
            case "message":
                return new Message(element, true);
            case "presence":
                return new Presence(element, true);
            case "iq":
                return new IQ(element, true);
            default:
                throw new IllegalArgumentException("Not a stanza: <" + element.getName() + ">");
        }
    }
}

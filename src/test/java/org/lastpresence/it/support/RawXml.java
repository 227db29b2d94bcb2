package org.lastpresence.it.support;

import org.jivesoftware.smack.packet.Nonza;
import org.jivesoftware.smack.packet.XmlEnvironment;

/** Hands a literal XML string to Smack's writer, so a test sends exactly these bytes (no re-serialisation). */
final class RawXml implements Nonza {
    private final String xml;

    RawXml(String xml) {
        this.xml = xml;
    }

    @Override
    public String getElementName() {
        return "raw";
    }

    @Override
    public String getNamespace() {
        return "jabber:client";
    }

    @Override
    public CharSequence toXML(XmlEnvironment enclosingNamespace) {
        return xml;
    }
}

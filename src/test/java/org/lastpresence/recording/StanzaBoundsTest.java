package org.lastpresence.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmpp.packet.Presence;

class StanzaBoundsTest {
    @Test
    void aSmallPresenceIsKeptWhole() {
        Presence original = presence("<presence><show>away</show><status>out</status><priority>3</priority>"
                + "<c xmlns='http://jabber.org/protocol/caps' ver='x'/></presence>");
        assertEquals(original.toXML(), StanzaBounds.bound(original).toXML());
    }

    @Test
    void aLongStatusIsCutAndTheOriginalIsUntouched() {
        String status = "s".repeat(5000);
        Presence original = presence("<presence><status>" + status + "</status></presence>");
        Presence bounded = StanzaBounds.bound(original);
        assertEquals(StanzaBounds.MAX_STATUS_CHARS, bounded.getStatus().length());
        assertEquals(5000, original.getStatus().length());
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String status = "a".repeat(StanzaBounds.MAX_STATUS_CHARS - 1) + "\uD83D\uDE00" + "tail";
        Presence bounded = StanzaBounds.bound(presence("<presence><status>" + status + "</status></presence>"));
        assertEquals(StanzaBounds.MAX_STATUS_CHARS - 1, bounded.getStatus().length());
    }

    @Test
    void oversizedExtensionsAreDroppedLargestFirstAndTheCoreStays() {
        String big = "<x xmlns='urn:example:big'>" + "b".repeat(9000) + "</x>";
        String medium = "<y xmlns='urn:example:medium'>" + "m".repeat(100) + "</y>";
        Presence bounded = StanzaBounds.bound(presence("<presence><show>xa</show><status>gone</status>"
                + "<priority>1</priority>" + big + medium + "</presence>"));
        assertNull(bounded.getChildElement("x", "urn:example:big"));
        assertNotNull(bounded.getChildElement("y", "urn:example:medium"));
        assertEquals("gone", bounded.getStatus());
        assertEquals("xa", bounded.getElement().elementText("show"));
        assertTrue(bounded.toXML().length() <= StanzaBounds.MAX_STANZA_CHARS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<presence/>",
            "<presence><show>away</show><status>out &amp; about &lt;3 \"quoted\" &apos;x&apos;</status></presence>",
            "<presence xml:lang='en'><c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='n&amp;m' ver='v'/>"
                    + "<x xmlns='vcard-temp:x:update'><photo>abc</photo></x><priority>-5</priority></presence>",
            "<presence><a xmlns='urn:a'><b xmlns='urn:b' k='&quot;&quot;'>t&amp;t</b><!-- note --></a></presence>"})
    void theCheapSizeNeverUnderestimatesTheXml(String xml) {
        Presence stanza = presence(xml);
        assertTrue(StanzaBounds.sizeAtMost(stanza.getElement()) >= stanza.getElement().asXML().length(),
                () -> StanzaBounds.sizeAtMost(stanza.getElement()) + " < " + stanza.getElement().asXML().length());
    }
}

package org.lastpresence.bench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StanzaSplitterTest {
    private final StanzaSplitter splitter = new StanzaSplitter();
    private final List<String> out = new ArrayList<>();

    @Test
    void headerIsSkippedAndTopLevelElementsComeOutWhole() {
        feed("<?xml version='1.0' encoding='UTF-8'?><stream:stream xmlns:stream=\"http://etherx.jabber.org/streams\""
                + " from=\"localhost\" id=\"x\" version=\"1.0\"><stream:features><mechanisms><mechanism>PLAIN"
                + "</mechanism></mechanisms></stream:features><success xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"/>");
        assertEquals(List.of("<stream:features><mechanisms><mechanism>PLAIN</mechanism></mechanisms></stream:features>",
                "<success xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\"/>"), out);
    }

    @Test
    void aStanzaSplitAcrossReadsComesOutOnceComplete() {
        String stanza = "<presence from=\"u1@localhost/load\" to=\"u2@localhost/load\">"
                + "<status>b:123</status></presence>";
        feed("<stream:stream version='1.0'>" + stanza.substring(0, 7));
        feed(stanza.substring(7, 40));
        assertEquals(List.of(), out);
        feed(stanza.substring(40) + "<presence");
        feed(" type='unavailable' from='u3@localhost'/>");
        assertEquals(List.of(stanza, "<presence type='unavailable' from='u3@localhost'/>"), out);
    }

    @Test
    void quotedGreaterThanAndNestedSelfClosingElementsDoNotEndAStanza() {
        feed("<stream:stream><iq id='a>b' type='result'><query xmlns='jabber:iq:roster'><item jid='u1@localhost'/>"
                + "</query></iq>");
        assertEquals(List.of("<iq id='a>b' type='result'><query xmlns='jabber:iq:roster'><item jid='u1@localhost'/>"
                + "</query></iq>"), out);
    }

    @Test
    void aRestartedStreamAndTheStreamEndAreRecognised() {
        feed("<stream:stream><success/><?xml version='1.0'?><stream:stream><stream:features/></stream:stream>");
        assertEquals(List.of("<success/>", "<stream:features/>", StanzaSplitter.STREAM_END), out);
    }

    @Test
    void fieldsAreReadFromTheOuterElement() {
        String stanza = "<presence from=\"u7@localhost/load\" to='u8@localhost/load'><status>b:42</status>"
                + "<x type=\"inner\"/></presence>";
        assertEquals("presence", Xml.name(stanza));
        assertEquals("u7@localhost/load", Xml.attribute(stanza, "from"));
        assertEquals("u8@localhost/load", Xml.attribute(stanza, "to"));
        assertNull(Xml.attribute(stanza, "type"), "a child's attribute is not the stanza's");
        assertEquals("b:42", Xml.childText(stanza, "status"));
        assertNull(Xml.childText(stanza, "show"));
        assertEquals("stream:features", Xml.name("<stream:features><bind/></stream:features>"));
        assertEquals("success", Xml.name("<success/>"));
        assertEquals("unavailable", Xml.attribute("<presence xmlns:type='t' type='unavailable'/>", "type"));
    }

    private void feed(String text) {
        splitter.feed(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), out::add);
    }
}

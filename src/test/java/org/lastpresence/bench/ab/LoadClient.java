package org.lastpresence.bench.ab;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.BitSet;

/**
 * One user's connection in the load generator: plain TCP, SASL PLAIN, bind, session, roster, initial presence;
 * then the benchmark's phases read what it receives. Not thread-safe: only the {@link LoadLoop} thread uses it.
 */
final class LoadClient {
    /** Where the login stands; {@link #READY} once the initial presence is sent. */
    enum Step { CONNECTING, STREAM, AUTH, RESTART, BIND, SESSION, ROSTER, READY, CLOSING, CLOSED }

    final int user;
    final String name;
    final StanzaSplitter splitter = new StanzaSplitter();
    final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    SocketChannel channel;
    Step step = Step.CLOSED;

    /** When the current login began (connect), for the login time. */
    long loginStartedNanos;
    /** Contacts whose presence arrived since the last login, and how many are still awaited. */
    final BitSet presenceFrom = new BitSet();
    int presencesAwaited;
    boolean loginCounted;

    LoadClient(int user) {
        this.user = user;
        this.name = RingRoster.name(user);
    }

    /** Advances the login on a top-level element; returns true when the client just became READY. */
    boolean login(String stanza, LoadLoop loop) throws IOException {
        String element = Xml.name(stanza);
        if (element.equals("failure") || element.equals("stream:error")) {
            throw new IOException(name + ": login refused: " + stanza);
        }
        switch (step) {
            case STREAM:
                if (element.equals("stream:features")) {
                    String credentials = Base64.getEncoder()
                            .encodeToString(("\0" + name + "\0" + name).getBytes(StandardCharsets.UTF_8));
                    loop.send(this, "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
                            + credentials + "</auth>");
                    step = Step.AUTH;
                }
                return false;
            case AUTH:
                if (element.equals("success")) {
                    loop.send(this, streamHeader());
                    step = Step.RESTART;
                }
                return false;
            case RESTART:
                if (element.equals("stream:features")) {
                    loop.send(this, "<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                            + "<resource>load</resource></bind></iq>");
                    step = Step.BIND;
                }
                return false;
            case BIND:
                if (isResult(stanza, element, "bind")) {
                    loop.send(this, "<iq type='set' id='session'>"
                            + "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'/></iq>");
                    step = Step.SESSION;
                }
                return false;
            case SESSION:
                if (isResult(stanza, element, "session")) {
                    loop.send(this, "<iq type='get' id='roster'><query xmlns='jabber:iq:roster'/></iq>");
                    step = Step.ROSTER;
                }
                return false;
            case ROSTER:
                if (isResult(stanza, element, "roster")) {
                    loop.send(this, "<presence/>");
                    step = Step.READY;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    static String streamHeader() {
        return "<?xml version='1.0'?><stream:stream to='localhost' xmlns='jabber:client'"
                + " xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";
    }

    private boolean isResult(String stanza, String element, String id) throws IOException {
        if (!element.equals("iq") || !id.equals(Xml.attribute(stanza, "id"))) {
            return false;
        }
        if (!"result".equals(Xml.attribute(stanza, "type"))) {
            throw new IOException(name + ": " + id + " failed: " + stanza);
        }
        return true;
    }
}

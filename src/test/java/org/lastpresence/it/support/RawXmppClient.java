package org.lastpresence.it.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XMPP client written against the wire, without Smack: plain TCP, SASL PLAIN, resource binding, and raw
 * stanzas in and out. It shows that what the plugin sends is what any client reads.
 */
public final class RawXmppClient implements AutoCloseable {
    private static final Pattern PRESENCE = Pattern.compile("<presence\\b[^>]*?(/>|>.*?</presence>)", Pattern.DOTALL);
    private static final Pattern IQ = Pattern.compile("<iq\\b[^>]*?(/>|>.*?</iq>)", Pattern.DOTALL);

    private final Socket socket;
    private final Reader in;
    private final Writer out;
    private final StringBuilder buffer = new StringBuilder();

    private RawXmppClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8);
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Logs in with SASL PLAIN over plain TCP (as the demo allows) and binds the resource. */
    public static RawXmppClient login(int port, String user, String password, String resource) throws IOException {
        RawXmppClient client = new RawXmppClient(new Socket(InetAddress.getLoopbackAddress(), port));
        client.socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
        client.openStream();
        client.readUntil("</stream:features>");
        String credentials = Base64.getEncoder()
                .encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
        client.write("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + credentials + "</auth>");
        client.readUntil("<success");
        client.openStream();
        client.readUntil("</stream:features>");
        client.write("<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>" + resource
                + "</resource></bind></iq>");
        client.readUntil("</bind>");
        // The session result may be an empty element: wait for its id, not for a closing tag.
        client.write("<iq type='set' id='session'><session xmlns='urn:ietf:params:xml:ns:xmpp-session'/></iq>");
        client.readUntil("id=\"session\"", "id='session'");
        return client;
    }

    /** Sends this XML literally. */
    public void write(String xml) throws IOException {
        out.write(xml);
        out.flush();
    }

    /** Reads until the next complete presence stanza that contains {@code text}, and returns it as received. */
    public String awaitPresenceContaining(String text) throws IOException {
        return awaitStanza(PRESENCE, text);
    }

    /** Reads until the IQ with this id (e.g. the answer to a query sent with it), and returns it as received. */
    public String awaitIq(String id) throws IOException {
        return awaitStanza(IQ, "id=\"" + id + "\"");
    }

    private String awaitStanza(Pattern kind, String text) throws IOException {
        while (true) {
            Matcher matcher = kind.matcher(buffer);
            while (matcher.find()) {
                String stanza = matcher.group();
                if (stanza.contains(text)) {
                    buffer.delete(0, matcher.end());
                    return stanza;
                }
            }
            readMore();
        }
    }

    /** Sends an XEP-0199 ping and waits for its result: the stream is open and every earlier stanza was read. */
    public void ping(String id) throws IOException {
        write("<iq type='get' id='" + id + "' to='" + EmbeddedOpenfire.DOMAIN + "'><ping xmlns='urn:xmpp:ping'/></iq>");
        readUntil("id=\"" + id + "\"", "id='" + id + "'");
    }

    @Override
    public void close() throws IOException {
        try {
            write("<presence type='unavailable'/></stream:stream>");
        } finally {
            socket.close();
        }
    }

    private void openStream() throws IOException {
        write("<?xml version='1.0'?><stream:stream to='" + EmbeddedOpenfire.DOMAIN + "' xmlns='jabber:client'"
                + " xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>");
    }

    private void readUntil(String... markers) throws IOException {
        while (true) {
            for (String marker : markers) {
                int at = buffer.indexOf(marker);
                if (at >= 0) {
                    int end = buffer.indexOf(">", at);
                    buffer.delete(0, end < 0 ? at + marker.length() : end + 1);
                    return;
                }
            }
            readMore();
        }
    }

    private void readMore() throws IOException {
        char[] chunk = new char[4096];
        int read = in.read(chunk);
        if (read < 0) {
            throw new IOException("The server closed the stream; read so far: " + buffer);
        }
        buffer.append(chunk, 0, read);
    }
}

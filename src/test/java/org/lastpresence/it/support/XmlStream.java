package org.lastpresence.it.support;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.Element;
import org.dom4j.io.XMPPPacketReader;
import org.jivesoftware.openfire.net.MXParser;
import org.xmlpull.v1.XmlPullParser;
import org.xmlpull.v1.XmlPullParserException;

/** One XMPP stream over a plain socket: the peer's header, then its elements one by one, and raw writes. */
final class XmlStream implements Closeable {
    private final Socket socket;
    // Openfire's own incremental stream parser (the one its S2S code reads with): a dom4j element per stanza.
    private final XMPPPacketReader reader = new XMPPPacketReader();
    private final Writer writer;

    XmlStream(Socket socket) throws IOException {
        this.socket = socket;
        try {
            reader.getXPPParser().setInput(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        } catch (XmlPullParserException e) {
            throw new IOException("Cannot read from " + socket, e);
        }
        this.writer = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** Reads up to the peer's {@code <stream:stream>} header and returns its attributes (from, to, id, version). */
    Map<String, String> readHeader() throws IOException {
        try {
            MXParser parser = reader.getXPPParser();
            int event = parser.getEventType();
            while (event != XmlPullParser.START_TAG) {
                if (event == XmlPullParser.END_DOCUMENT) {
                    throw new EOFException("Stream closed before its header");
                }
                event = parser.next();
            }
            if (!"stream".equals(parser.getName())) {
                throw new IOException("Expected a stream header, got <" + parser.getName() + ">");
            }
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < parser.getAttributeCount(); i++) {
                attributes.put(parser.getAttributeName(i), parser.getAttributeValue(i));
            }
            return attributes;
        } catch (XmlPullParserException e) {
            throw new IOException("Unreadable stream header", e);
        }
    }

    /** The next top-level element; empty when the peer closed the stream ({@code </stream:stream>} or EOF). */
    Optional<Element> next() throws IOException {
        try {
            Document document = reader.parseDocument();
            return Optional.ofNullable(document.getRootElement());
        } catch (EOFException e) {
            return Optional.empty();
        } catch (XmlPullParserException | DocumentException e) {
            if (socket.isClosed()) {
                return Optional.empty();
            }
            throw new IOException("Unreadable XML on " + socket, e);
        }
    }

    /** Writes this XML literally; synchronized because a test thread and a reader thread may both answer. */
    synchronized void write(String xml) throws IOException {
        writer.write(xml);
        writer.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is best effort: the peer may have closed first.
        }
    }
}

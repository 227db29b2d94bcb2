package org.lastpresence.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.dom4j.Element;

/** A minimal remote XMPP server on 127.0.0.1 that federates with Openfire over plain S2S and dialback (XEP-0220). */
public final class FakeRemoteServer implements AutoCloseable {
    private static final String DIALBACK = "jabber:server:dialback";
    private static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(15);

    private final String domain;
    private final ServerSocket listener;
    private final List<XmlStream> streams = new CopyOnWriteArrayList<>();
    private final S2sStanzaLog received;
    private volatile XmlStream toOpenfire;

    private FakeRemoteServer(String domain, ServerSocket listener) {
        this.domain = domain;
        this.listener = listener;
        this.received = new S2sStanzaLog("the fake " + domain);
    }

    /**
     * Listens on a free loopback port now, so the port can be given to Openfire (see {@link #dnsOverride()})
     * before it boots. Every connection Openfire opens is served on its own thread.
     */
    public static FakeRemoteServer start(String domain) {
        ServerSocket listener;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1 for the fake " + domain, e);
        }
        FakeRemoteServer server = new FakeRemoteServer(domain, listener);
        daemon("fake-s2s-accept-" + domain, server::acceptLoop).start();
        return server;
    }

    public String domain() {
        return domain;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /**
     * The value of Openfire's {@code dnsutil.dnsOverride} property that sends it here instead of a DNS SRV lookup,
     * both for its outgoing sessions and for its dialback verification connections ({@code DNSUtil} in 4.2.0).
     */
    public String dnsOverride() {
        return "{" + domain + ",127.0.0.1:" + port() + "}";
    }

    /**
     * Opens this domain's own stream into Openfire's S2S port and authenticates it with dialback: sends
     * {@code db:result}, and returns once Openfire has verified the key (over a connection back to this fake)
     * and answered {@code type='valid'}. After that {@link #send(String)} may be used.
     */
    public void connectTo(String openfireDomain, int s2sPort) {
        Socket socket = new Socket();
        XmlStream stream = null;
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), s2sPort),
                    (int) HANDSHAKE_TIMEOUT.toMillis());
            // Bounds every read of the handshake: a silent Openfire fails the test instead of hanging it.
            socket.setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
            stream = new XmlStream(socket);
            authenticateWithDialback(stream, openfireDomain);
            socket.setSoTimeout(0);
        } catch (IOException e) {
            if (stream != null) {
                stream.close();
            } else {
                closeQuietly(socket);
            }
            throw new UncheckedIOException("S2S connection from " + domain + " to " + openfireDomain + " on port "
                    + s2sPort + " failed", e);
        }
        streams.add(stream);
        toOpenfire = stream;
        XmlStream established = stream;
        // Openfire sends no stanzas on an incoming session; anything it does send is recorded, to be seen.
        daemon("fake-s2s-in-" + domain, () -> readStanzas(established)).start();
    }

    /** The originating side of XEP-0220: stream header, features, {@code db:result}, Openfire's verdict. */
    private void authenticateWithDialback(XmlStream stream, String openfireDomain) throws IOException {
        stream.write(streamHeader(openfireDomain, null, true));
        Map<String, String> header = stream.readHeader();
        if ("1.0".equals(header.get("version"))) {
            Element features = stream.next().orElseThrow(() -> new IOException("Openfire closed before features"));
            if (features.element("dialback") == null) {
                throw new IOException("Openfire does not offer dialback: " + features.asXML());
            }
        }
        // Any key will do: Openfire verifies it with this fake (its authoritative server), which says it is valid.
        stream.write("<db:result from='" + domain + "' to='" + openfireDomain + "'>" + UUID.randomUUID()
                + "</db:result>");
        Element verdict = stream.next().orElseThrow(() -> new IOException("Openfire closed during dialback"));
        if (!isDialback(verdict, "result") || !"valid".equals(verdict.attributeValue("type"))) {
            throw new IOException("Dialback with Openfire failed: " + verdict.asXML());
        }
    }

    /** Sends this XML literally on the stream opened by {@link #connectTo}, e.g. a probe from a remote user. */
    public void send(String rawXml) {
        XmlStream stream = toOpenfire;
        if (stream == null) {
            throw new IllegalStateException("Not connected to Openfire: call connectTo first");
        }
        try {
            stream.write(rawXml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send " + rawXml, e);
        }
    }

    /** Every stanza Openfire sent to this domain, on any stream, with waits for more. */
    public S2sStanzaLog received() {
        return received;
    }

    /** Waits for the first received stanza (since the start) that matches; see {@link #received()} for more. */
    public S2sStanza awaitStanza(Predicate<S2sStanza> matching, Duration timeout) {
        return received.awaitStanza(matching, timeout);
    }

    /** Closes every stream (with {@code </stream:stream>}) and stops listening. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // Already closed.
        }
        for (XmlStream stream : streams) {
            try {
                stream.write("</stream:stream>");
            } catch (IOException e) {
                // The peer may have closed first.
            }
            stream.close();
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                daemon("fake-s2s-out-" + domain + "-" + socket.getPort(), () -> serve(socket)).start();
            } catch (IOException e) {
                // close() closed the listener; anything else would only repeat.
                return;
            }
        }
    }

    /**
     * One connection Openfire opened: an outgoing session (it sends {@code db:result}, then stanzas) or a
     * dialback verification (it sends {@code db:verify}). As the test double of the authoritative server, every
     * key is valid.
     */
    private void serve(Socket socket) {
        XmlStream stream;
        try {
            stream = new XmlStream(socket);
        } catch (IOException e) {
            System.out.println("fake " + domain + ": cannot use a connection from Openfire: " + e);
            return;
        }
        streams.add(stream);
        try {
            Map<String, String> header = stream.readHeader();
            boolean version1 = "1.0".equals(header.get("version"));
            // Features only for an XMPP 1.0 header; dialback and no STARTTLS, so Openfire stays on plain TCP.
            stream.write(streamHeader(header.get("from"), UUID.randomUUID().toString(), version1)
                    + (version1 ? "<stream:features><dialback xmlns='urn:xmpp:features:dialback'><errors/>"
                    + "</dialback></stream:features>" : ""));
        } catch (IOException e) {
            if (!listener.isClosed()) {
                System.out.println("fake " + domain + ": stream header exchange with Openfire failed: " + e);
            }
            stream.close();
            streams.remove(stream);
            return;
        }
        readStanzas(stream);
    }

    /** Answers dialback requests and records everything else, until the stream ends. */
    private void readStanzas(XmlStream stream) {
        try {
            for (Optional<Element> next = stream.next(); next.isPresent(); next = stream.next()) {
                Element element = next.get();
                if (isDialback(element, "result") && element.attributeValue("type") == null) {
                    stream.write("<db:result from='" + element.attributeValue("to") + "' to='"
                            + element.attributeValue("from") + "' type='valid'/>");
                } else if (isDialback(element, "verify") && element.attributeValue("type") == null) {
                    stream.write("<db:verify from='" + element.attributeValue("to") + "' to='"
                            + element.attributeValue("from") + "' id='" + element.attributeValue("id")
                            + "' type='valid'/>");
                } else {
                    received.add(element);
                }
            }
        } catch (IOException e) {
            if (!listener.isClosed()) {
                System.out.println("fake " + domain + ": stream from Openfire failed: " + e);
            }
        } finally {
            stream.close();
            streams.remove(stream);
        }
    }

    private String streamHeader(String to, String id, boolean version1) {
        return "<?xml version='1.0'?><stream:stream xmlns='jabber:server'"
                + " xmlns:stream='http://etherx.jabber.org/streams' xmlns:db='" + DIALBACK + "'"
                + " from='" + domain + "'" + (to == null ? "" : " to='" + to + "'")
                + (id == null ? "" : " id='" + id + "'") + (version1 ? " version='1.0'" : "") + ">";
    }

    private static boolean isDialback(Element element, String name) {
        return DIALBACK.equals(element.getNamespaceURI()) && name.equals(element.getName());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing was sent on it.
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}

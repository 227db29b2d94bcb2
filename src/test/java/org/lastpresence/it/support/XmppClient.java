package org.lastpresence.it.support;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jxmpp.jid.impl.JidCreate;

/**
 * A Smack 4.4 client on plain TCP to 127.0.0.1 (domain {@code localhost}, no TLS) that records every presence
 * stanza it receives, in arrival order, and lets a test wait for one. Stream management is off (unless a test
 * asks for it with {@link #loginWithStreamManagement}), so a raw stanza sent with {@link #send(String)} cannot upset
 * Smack's stanza counters.
 */
public final class XmppClient implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final XMPPTCPConnection connection;
    private final List<ReceivedPresence> presences = new ArrayList<>();
    private final List<String> unparseable = new ArrayList<>();

    private XmppClient(XMPPTCPConnection connection) {
        this.connection = connection;
    }

    /** Connects, logs in and sends the initial available presence, like an ordinary client. */
    public static XmppClient login(int port, String username, String password, String resource) {
        return open(port, username, password, resource, true, false);
    }

    /** Connects and logs in without an initial presence; the test sends its own (e.g. with a status). */
    public static XmppClient loginWithoutPresence(int port, String username, String password, String resource) {
        return open(port, username, password, resource, false, false);
    }

    /**
     * Like {@link #login}, with XEP-0198 stream management and resumption enabled, as mobile clients do: after
     * {@link #dropConnection()} the server keeps the session detached and {@link #reconnect()} may resume it. Send
     * stanzas with {@link #sendStanza} only ({@link #send(String)} bypasses Smack's stanza counter).
     */
    public static XmppClient loginWithStreamManagement(int port, String username, String password,
                                                       String resource) {
        return open(port, username, password, resource, true, true);
    }

    private static XmppClient open(int port, String username, String password, String resource, boolean presence,
                                   boolean streamManagement) {
        XMPPTCPConnection connection;
        try {
            XMPPTCPConnectionConfiguration config = XMPPTCPConnectionConfiguration.builder()
                    .setXmppDomain(EmbeddedOpenfire.DOMAIN)
                    .setHostAddress(InetAddress.getLoopbackAddress())
                    .setPort(port)
                    .setSecurityMode(SecurityMode.disabled)
                    .setUsernameAndPassword(username, password)
                    .setResource(resource)
                    .setSendPresence(presence)
                    .setConnectTimeout((int) DEFAULT_TIMEOUT.toMillis())
                    .build();
            connection = new XMPPTCPConnection(config);
        } catch (IOException e) {
            throw new IllegalArgumentException("Bad client configuration for " + username + "/" + resource, e);
        }
        connection.setUseStreamManagement(streamManagement);
        connection.setUseStreamManagementResumption(streamManagement);
        connection.setReplyTimeout(DEFAULT_TIMEOUT.toMillis());
        XmppClient client = new XmppClient(connection);
        // Registered before login so the presences Openfire sends right after the initial presence are kept.
        // addStanzaListener runs in the reader thread's order and the reader waits for it, so a later IQ
        // result cannot overtake a presence that arrived before it (see roundTrip()).
        connection.addStanzaListener(stanza -> client.record((Presence) stanza), StanzaTypeFilter.PRESENCE);
        connection.setParsingExceptionCallback(stanza -> client.recordUnparseable(stanza.getContent().toString()));
        // Manual: Smack must not answer subscription requests on its own; tests decide.
        Roster.getInstanceFor(connection).setSubscriptionMode(Roster.SubscriptionMode.manual);
        try {
            connection.connect().login();
        } catch (SmackException | IOException | XMPPException | InterruptedException e) {
            connection.instantShutdown();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Login of " + username + "/" + resource + " on port " + port
                    + " failed: " + e, e);
        }
        return client;
    }

    /** The full JID of this session, e.g. {@code alice@localhost/phone}. */
    public String jid() {
        return connection.getUser().toString();
    }

    /** The bare JID, e.g. {@code alice@localhost}. */
    public String bareJid() {
        return connection.getUser().asBareJid().toString();
    }

    public boolean isConnected() {
        return connection.isConnected() && connection.isAuthenticated();
    }

    /** Escape hatch for what this wrapper does not cover. */
    public XMPPTCPConnection connection() {
        return connection;
    }

    /** Sends this XML literally, e.g. {@code <presence type='probe' to='bob@localhost'/>}. */
    public void send(String rawXml) {
        try {
            connection.sendNonza(new RawXml(rawXml));
        } catch (SmackException.NotConnectedException | InterruptedException e) {
            throw failure("Cannot send " + rawXml, e);
        }
    }

    public void sendStanza(Stanza stanza) {
        try {
            connection.sendStanza(stanza);
        } catch (SmackException.NotConnectedException | InterruptedException e) {
            throw failure("Cannot send " + stanza.toXML(), e);
        }
    }

    /**
     * An XEP-0199 ping to the server, answered by Openfire itself: proves the stream is still open, and since
     * stanzas of one stream arrive and are recorded in order, every presence the server sent before the
     * answer has been recorded when this returns. Throws an AssertionError on an error answer or no answer.
     */
    public IQ roundTrip() {
        try {
            Ping ping = new Ping(JidCreate.domainBareFrom(EmbeddedOpenfire.DOMAIN));
            return connection.createStanzaCollectorAndSend(ping).nextResultOrThrow(DEFAULT_TIMEOUT.toMillis());
        } catch (SmackException | XMPPException | InterruptedException | IOException e) {
            throw failure("Ping round trip on " + connection.getUser() + " failed (stream closed?)", e);
        }
    }

    /** The number of presences received so far: pass it to {@link #awaitPresenceAfter} to ignore older ones. */
    public synchronized int mark() {
        return presences.size();
    }

    /** A snapshot of all presences received so far, oldest first. */
    public synchronized List<ReceivedPresence> presences() {
        return new ArrayList<>(presences);
    }

    /** The presences received at or after {@code mark}. */
    public synchronized List<ReceivedPresence> presencesSince(int mark) {
        return new ArrayList<>(presences.subList(Math.min(mark, presences.size()), presences.size()));
    }

    /** Received presences matching the predicate, oldest first. */
    public synchronized List<ReceivedPresence> presences(Predicate<Presence> matching) {
        return presences.stream().filter(p -> matching.test(p.stanza())).collect(Collectors.toList());
    }

    /** Stanzas Smack could not parse (their raw XML); such a stanza never appears among the presences. */
    public synchronized List<String> unparseable() {
        return new ArrayList<>(unparseable);
    }

    /** Waits for the first received presence (counting from the login) that matches. */
    public ReceivedPresence awaitPresence(Predicate<Presence> matching, Duration timeout) {
        return awaitPresenceAfter(0, matching, timeout);
    }

    /** Waits for the first presence received at or after {@code mark} that matches. */
    public synchronized ReceivedPresence awaitPresenceAfter(int mark, Predicate<Presence> matching,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = mark;
        while (true) {
            for (; next < presences.size(); next++) {
                if (matching.test(presences.get(next).stanza())) {
                    return presences.get(next);
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("No matching presence within " + timeout.toMillis() + " ms on "
                        + connection.getUser() + "; received since #" + mark + ": " + presencesSince(mark)
                        + (unparseable.isEmpty() ? "" : "; unparseable: " + unparseable));
            }
            try {
                // Woken by record(); the deadline bounds the wait, no fixed sleep.
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for a presence", e);
            }
        }
    }

    /** Forgets the presences received so far. */
    public synchronized void clearPresences() {
        presences.clear();
    }

    /** Clean logout: Smack sends an unavailable presence and closes the stream. */
    public void disconnect() {
        connection.disconnect();
    }

    /**
     * Drops the connection like a lost network link: the socket is closed without an unavailable presence and
     * without a closing stream tag (Smack's instant shutdown skips both), so the server has to notice the
     * closed TCP connection itself.
     */
    public void dropConnection() {
        connection.instantShutdown();
    }

    @Override
    public void close() {
        if (connection.isConnected()) {
            connection.disconnect();
        }
    }

    private synchronized void record(Presence presence) {
        presences.add(new ReceivedPresence(presences.size(), presence, Instant.now()));
        notifyAll();
    }

    private synchronized void recordUnparseable(String xml) {
        unparseable.add(xml);
        notifyAll();
    }

    private static AssertionError failure(String message, Exception cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new AssertionError(message + ": " + cause, cause);
    }

    /** Whether the server enabled XEP-0198 stream management on this stream. */
    public boolean streamManagementEnabled() {
        return connection.isSmEnabled();
    }

    /**
     * After {@link #dropConnection()}: connects again and logs in, which resumes the stream-management session if
     * the server still holds it; returns whether the stream was resumed (rather than a new session bound).
     */
    public boolean reconnect() {
        try {
            connection.connect().login();
        } catch (SmackException | IOException | XMPPException | InterruptedException e) {
            throw failure("Reconnect of " + connection.getUser() + " failed", e);
        }
        return connection.streamWasResumed();
    }

    /** The most recent received presence that matches, if any. */
    public Optional<ReceivedPresence> lastPresence(Predicate<Presence> matching) {
        List<ReceivedPresence> all = presences(matching);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}

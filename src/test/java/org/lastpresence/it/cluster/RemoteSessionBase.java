package org.lastpresence.it.cluster;

import java.security.cert.Certificate;
import java.util.Date;
import java.util.Locale;

import org.jivesoftware.openfire.StreamID;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.session.Session;
import org.jivesoftware.openfire.spi.BasicStreamIDFactory;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

/**
 * A session that another node holds, seen from this node: every question and every operation becomes a
 * {@link SessionTask} on that node (questions wait for the answer; operations do not).
 */
abstract class RemoteSessionBase implements Session {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteSessionBase.class);

    protected final byte[] nodeID;
    protected final JID address;
    private final SessionKind kind;
    private final String key;

    RemoteSessionBase(byte[] nodeID, JID address, SessionKind kind, String key) {
        this.nodeID = nodeID.clone();
        this.address = address;
        this.kind = kind;
        this.key = key;
    }

    /** Asks the node holding the session; null when it does not answer or no longer holds the session. */
    protected final Object ask(SessionOperation operation, String first, String second) {
        try {
            return CacheFactory.doSynchronousClusterTask(new SessionTask(kind, key, operation, first, second),
                    nodeID);
        } catch (IllegalStateException e) {
            LOG.debug(operation + " of " + key + ": node gone (" + e.getMessage() + ")");
            return null;
        }
    }

    protected final Object ask(SessionOperation operation) {
        return ask(operation, null, null);
    }

    /** Tells the node holding the session to do something; lost if that node has gone. */
    protected final void tell(SessionOperation operation, String first, String second) {
        try {
            CacheFactory.doClusterTask(new SessionTask(kind, key, operation, first, second), nodeID);
        } catch (IllegalStateException e) {
            LOG.debug(operation + " of " + key + ": node gone (" + e.getMessage() + ")");
        }
    }

    protected static boolean isTrue(Object answer) {
        return answer instanceof Boolean && (Boolean) answer;
    }

    private static long asLong(Object answer) {
        return answer instanceof Long ? (Long) answer : 0L;
    }

    @Override
    public JID getAddress() {
        return address;
    }

    @Override
    public int getStatus() {
        return isClosed() ? STATUS_CLOSED : STATUS_AUTHENTICATED;
    }

    @Override
    public StreamID getStreamID() {
        Object id = ask(SessionOperation.STREAM_ID);
        return id == null ? null : BasicStreamIDFactory.createStreamID((String) id);
    }

    @Override
    public String getServerName() {
        return XMPPServer.getInstance().getServerInfo().getXMPPDomain();
    }

    @Override
    public Date getCreationDate() {
        return new Date(asLong(ask(SessionOperation.CREATION_DATE)));
    }

    @Override
    public Date getLastActiveDate() {
        return new Date(asLong(ask(SessionOperation.LAST_ACTIVE_DATE)));
    }

    @Override
    public long getNumClientPackets() {
        return asLong(ask(SessionOperation.CLIENT_PACKETS));
    }

    @Override
    public long getNumServerPackets() {
        return asLong(ask(SessionOperation.SERVER_PACKETS));
    }

    @Override
    public void close() {
        tell(SessionOperation.CLOSE, null, null);
    }

    @Override
    public boolean isClosed() {
        Object closed = ask(SessionOperation.IS_CLOSED);
        return closed == null || isTrue(closed);
    }

    @Override
    public boolean isSecure() {
        return isTrue(ask(SessionOperation.IS_SECURE));
    }

    @Override
    public Certificate[] getPeerCertificates() {
        Object certificates = ask(SessionOperation.PEER_CERTIFICATES);
        return certificates == null ? new Certificate[0] : (Certificate[]) certificates;
    }

    @Override
    public String getHostAddress() {
        return (String) ask(SessionOperation.HOST_ADDRESS);
    }

    @Override
    public String getHostName() {
        return (String) ask(SessionOperation.HOST_NAME);
    }

    @Override
    public void process(Packet packet) {
        tell(SessionOperation.PROCESS, Packets.toXml(packet), null);
    }

    @Override
    public void deliverRawText(String text) {
        tell(SessionOperation.DELIVER_RAW_TEXT, text, null);
    }

    @Override
    public boolean validate() {
        return isTrue(ask(SessionOperation.VALIDATE));
    }

    @Override
    public String getCipherSuiteName() {
        return (String) ask(SessionOperation.CIPHER_SUITE);
    }

    @Override
    public Locale getLanguage() {
        Object language = ask(SessionOperation.LANGUAGE);
        return language == null ? Locale.getDefault() : (Locale) language;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + " on " + NodeIds.uuid(nodeID) + "]";
    }
}

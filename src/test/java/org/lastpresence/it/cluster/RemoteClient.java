package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.privacy.PrivacyList;
import org.jivesoftware.openfire.privacy.PrivacyListManager;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.ClientSessionInfo;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * A client session on another node. Presence, privacy list names and the offline-flood flag come from Openfire's
 * clustered "Client Session Info Cache" (written by the holding node's {@code LocalClientSession}); the rest is
 * asked of that node.
 */
final class RemoteClient extends RemoteSessionBase implements ClientSession {
    RemoteClient(byte[] nodeID, JID address) {
        super(nodeID, address, SessionKind.CLIENT, address.toString());
    }

    private ClientSessionInfo info() {
        return SessionManager.getInstance().getSessionInfoCache().get(address.toString());
    }

    @Override
    public Presence getPresence() {
        ClientSessionInfo info = info();
        // No entry: the session ended or its node is gone.
        return info == null ? new Presence(Presence.Type.unavailable) : info.getPresence();
    }

    @Override
    public void setPresence(Presence presence) {
        tell(SessionOperation.SET_PRESENCE, presence.toXML(), null);
    }

    @Override
    public PrivacyList getActiveList() {
        ClientSessionInfo info = info();
        return info == null || info.getActiveList() == null ? null
                : PrivacyListManager.getInstance().getPrivacyList(address.getNode(), info.getActiveList());
    }

    @Override
    public void setActiveList(PrivacyList list) {
        tell(SessionOperation.SET_ACTIVE_LIST, list == null ? null : list.getName(), null);
    }

    @Override
    public PrivacyList getDefaultList() {
        ClientSessionInfo info = info();
        return info == null || info.getDefaultList() == null ? null
                : PrivacyListManager.getInstance().getPrivacyList(address.getNode(), info.getDefaultList());
    }

    @Override
    public void setDefaultList(PrivacyList list) {
        tell(SessionOperation.SET_DEFAULT_LIST, list == null ? null : list.getName(), null);
    }

    @Override
    public String getUsername() {
        return address.getNode();
    }

    @Override
    public boolean isAnonymousUser() {
        return SessionManager.getInstance().isAnonymousRoute(address);
    }

    @Override
    public boolean isInitialized() {
        return isTrue(ask(SessionOperation.IS_INITIALIZED));
    }

    @Override
    public void setInitialized(boolean initialized) {
        tell(SessionOperation.SET_INITIALIZED, Boolean.toString(initialized), null);
    }

    @Override
    public boolean canFloodOfflineMessages() {
        return isTrue(ask(SessionOperation.CAN_FLOOD_OFFLINE));
    }

    @Override
    public boolean isOfflineFloodStopped() {
        ClientSessionInfo info = info();
        return info != null && info.isOfflineFloodStopped();
    }

    @Override
    public int incrementConflictCount() {
        Object count = ask(SessionOperation.INCREMENT_CONFLICT_COUNT);
        return count instanceof Integer ? (Integer) count : 0;
    }

    @Override
    public boolean isMessageCarbonsEnabled() {
        return isTrue(ask(SessionOperation.CARBONS_ENABLED));
    }

    @Override
    public void setMessageCarbonsEnabled(boolean enabled) {
        tell(SessionOperation.SET_CARBONS_ENABLED, Boolean.toString(enabled), null);
    }
}

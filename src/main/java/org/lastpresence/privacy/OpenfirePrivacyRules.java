package org.lastpresence.privacy;

import java.util.HashSet;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.privacy.PrivacyList;
import org.jivesoftware.openfire.privacy.PrivacyListManager;
import org.jivesoftware.openfire.roster.RosterItem;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.lastpresence.probes.OpenfireRosters;
import org.xmpp.packet.JID;

/**
 * The privacy lists Openfire holds (its caches, the database on a miss: call off the packet threads unless Openfire
 * has just read the same list). Only API present from 4.2.0 to 5.x; XEP-0191 blocks (Openfire 4.3+) live in the
 * user's default list, so they are covered without asking for them by name.
 */
public final class OpenfirePrivacyRules implements PrivacyRulesSource {
    private final PrivacyListCensus census;

    public OpenfirePrivacyRules(PrivacyListCensus census) {
        this.census = census;
    }

    @Override
    public boolean anyListMayExist() {
        return census.anyListMayExist();
    }

    @Override
    public PresenceRules forResource(JID resource) {
        // A session in another cluster node is a remote session that reads the same names from the session cache.
        ClientSession session = SessionManager.getInstance().getSession(resource);
        if (session != null) {
            PrivacyList active = session.getActiveList();
            if (active != null) {
                return rules(fresh(resource.getNode(), active));
            }
            PrivacyList sessionDefault = session.getDefaultList();
            if (sessionDefault != null) {
                return rules(fresh(resource.getNode(), sessionDefault));
            }
        }
        return forOfflineUser(resource.getNode());
    }

    @Override
    public PresenceRules forOfflineUser(String username) {
        PrivacyList list = PrivacyListManager.getInstance().getDefaultPrivacyList(username);
        return list == null ? PresenceRules.NONE : rules(fresh(username, list));
    }

    @Override
    public RosterEntry rosterEntry(String username, JID contact) {
        try {
            RosterItem item = XMPPServer.getInstance().getRosterManager().getRoster(username)
                    .getRosterItem(contact.asBareJID());
            return new RosterEntry(OpenfireRosters.subscriptionOf(item), new HashSet<>(item.getGroups()));
        } catch (UserNotFoundException e) {
            return RosterEntry.NONE;
        }
    }

    /**
     * Openfire caches a default list under two keys and an edit updates only the one by name: look the list up by
     * name, so an edit made while the user is online counts at once.
     */
    private static PrivacyList fresh(String username, PrivacyList list) {
        PrivacyList byName = PrivacyListManager.getInstance().getPrivacyList(username, list.getName());
        return byName == null ? list : byName;
    }

    private static PresenceRules rules(PrivacyList list) {
        return PrivacyListXml.presenceOutRules(list.asElement());
    }
}

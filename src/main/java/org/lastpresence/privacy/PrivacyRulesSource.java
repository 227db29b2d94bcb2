package org.lastpresence.privacy;

import org.xmpp.packet.JID;

/** Where a user's rules for outgoing presence come from: Openfire's privacy lists in production, a table in tests. */
public interface PrivacyRulesSource {
    /**
     * The rules in force for a live resource: its session's active list, else the session's default list, else the
     * user's default list (as Openfire's own presence broadcast picks them); NONE when there is none.
     */
    PresenceRules forResource(JID resource);

    /** The rules in force while the user is offline: the user's default list (which holds the XEP-0191 blocks). */
    PresenceRules forOfflineUser(String username);

    /** What the user's roster says about a contact, for rules on groups and subscriptions. */
    RosterEntry rosterEntry(String username, JID contact);

    /** False only when no user has any privacy list: every user's rules are then NONE, with no lookup. */
    boolean anyListMayExist();
}

package org.lastpresence.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lastpresence.privacy.PresenceRules;
import org.lastpresence.privacy.PrivacyRulesSource;
import org.lastpresence.privacy.RosterEntry;
import org.xmpp.packet.JID;

/** Privacy rules given as tables: per live resource (its session's list) and per user (its default list). */
public final class TablePrivacyRules implements PrivacyRulesSource {
    private final Map<String, PresenceRules> byResource = new ConcurrentHashMap<>();
    private final Map<String, PresenceRules> defaults = new ConcurrentHashMap<>();
    private final Map<String, RosterEntry> entries = new ConcurrentHashMap<>();

    /** The list in force for this live resource's session. */
    public TablePrivacyRules session(String fullJid, PresenceRules rules) {
        byResource.put(fullJid, rules);
        return this;
    }

    /** The user's default list. */
    public TablePrivacyRules defaultList(String username, PresenceRules rules) {
        defaults.put(username, rules);
        return this;
    }

    /** What the user's roster says about a contact. */
    public TablePrivacyRules entry(String username, String contactBareJid, RosterEntry entry) {
        entries.put(username + " " + contactBareJid, entry);
        return this;
    }

    @Override
    public PresenceRules forResource(JID resource) {
        PresenceRules session = byResource.get(resource.toString());
        return session != null ? session : forOfflineUser(resource.getNode());
    }

    @Override
    public PresenceRules forOfflineUser(String username) {
        return defaults.getOrDefault(username, PresenceRules.NONE);
    }

    /** Lists exist once a table holds one, as Openfire's store counts them. */
    @Override
    public boolean anyListMayExist() {
        return !byResource.isEmpty() || !defaults.isEmpty();
    }

    @Override
    public RosterEntry rosterEntry(String username, JID contact) {
        return entries.getOrDefault(username + " " + contact.toBareJID(), RosterEntry.NONE);
    }
}

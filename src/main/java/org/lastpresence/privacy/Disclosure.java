package org.lastpresence.privacy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xmpp.packet.JID;

/**
 * The one decision, for probe answers, login replays and stamped deliveries alike, of whether something about a
 * user may be told to a recipient under the user's own rules (V1): one's own resources always, anyone else only
 * when the rules in force for the sender permit presence to them.
 */
public final class Disclosure {
    private final PrivacyRulesSource source;

    public Disclosure(PrivacyRulesSource source) {
        this.source = source;
    }

    /** Whether no user's rules hide anything (no privacy list exists): then nothing needs to be looked up. */
    public boolean hidesNothing() {
        return !source.anyListMayExist();
    }

    /** May the live resource's presence (or a stamp of it) reach the recipient? */
    public boolean mayTellResource(JID resource, JID recipient) {
        return hidesNothing() || isOwn(resource, recipient) || source.forResource(resource)
                .permits(recipient, () -> source.rosterEntry(resource.getNode(), recipient));
    }

    /** May the offline user's last presence (or a stamp of it) reach the recipient? */
    public boolean mayTellOffline(String username, String userBareJid, JID recipient) {
        return hidesNothing() || userBareJid.equals(recipient.toBareJID()) || source.forOfflineUser(username)
                .permits(recipient, () -> source.rosterEntry(username, recipient));
    }

    /**
     * What the recipient may see of a user: with live resources, those whose rules permit it; offline, the last
     * presence if the default rules permit it.
     *
     * @param user          the user's bare JID
     * @param liveResources the user's available resources (full JIDs), empty when offline
     */
    public Visibility visibility(JID user, List<JID> liveResources, JID recipient) {
        if (hidesNothing() || user.toBareJID().equals(recipient.toBareJID())) {
            return Visibility.ALL;
        }
        if (liveResources.isEmpty()) {
            return mayTellOffline(user.getNode(), user.toBareJID(), recipient)
                    ? Visibility.ALL : Visibility.hidingOffline();
        }
        Set<JID> hidden = new HashSet<>();
        for (JID resource : liveResources) {
            if (!mayTellResource(resource, recipient)) {
                hidden.add(resource);
            }
        }
        return Visibility.hidingResources(hidden);
    }

    private static boolean isOwn(JID resource, JID recipient) {
        // Openfire never applies a presence-out rule between a user's own resources.
        return resource.toBareJID().equals(recipient.toBareJID());
    }
}

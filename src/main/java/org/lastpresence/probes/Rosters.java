package org.lastpresence.probes;

import java.util.List;
import java.util.Optional;

import org.xmpp.packet.JID;

/** The roster facts the plugin needs; Openfire's rosters in production, a table in tests. */
public interface Rosters {
    /** The contact's subscription in the user's roster; NONE when absent or when the user does not exist. */
    RosterSubscription subscription(String username, JID contact);

    /**
     * The contact's subscription if the user's roster is in memory (no database read); empty when Openfire would
     * have to load it.
     */
    Optional<RosterSubscription> knownSubscription(String username, JID contact);

    /** The contacts whose presence the user is subscribed to (subscription to or both). */
    List<JID> subscribedTo(String username);
}

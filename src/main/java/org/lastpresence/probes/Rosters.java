package org.lastpresence.probes;

import java.util.List;

import org.xmpp.packet.JID;

/** The roster facts the plugin needs; Openfire's rosters in production, a table in tests. */
public interface Rosters {
    /** The contact's subscription in the user's roster; NONE when absent or when the user does not exist. */
    RosterSubscription subscription(String username, JID contact);

    /** The contacts whose presence the user is subscribed to (subscription to or both). */
    List<JID> subscribedTo(String username);
}

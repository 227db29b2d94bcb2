package org.lastpresence.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lastpresence.probes.RosterSubscription;
import org.lastpresence.probes.Rosters;
import org.xmpp.packet.JID;

/** Rosters given as a table: (user, contact) -> subscription. */
public final class TableRosters implements Rosters {
    private final Map<String, Map<String, RosterSubscription>> table = new ConcurrentHashMap<>();

    public TableRosters with(String user, String contactBareJid, RosterSubscription subscription) {
        table.computeIfAbsent(user, key -> new ConcurrentHashMap<>()).put(contactBareJid, subscription);
        return this;
    }

    @Override
    public RosterSubscription subscription(String username, JID contact) {
        return table.getOrDefault(username, Map.of()).getOrDefault(contact.toBareJID(), RosterSubscription.NONE);
    }

    @Override
    public List<JID> subscribedTo(String username) {
        List<JID> contacts = new ArrayList<>();
        table.getOrDefault(username, Map.of()).forEach((contact, subscription) -> {
            if (subscription == RosterSubscription.TO || subscription == RosterSubscription.BOTH) {
                contacts.add(new JID(contact));
            }
        });
        return contacts;
    }
}

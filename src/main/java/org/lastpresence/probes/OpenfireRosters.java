package org.lastpresence.probes;

import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.roster.Roster;
import org.jivesoftware.openfire.roster.RosterItem;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;

/** Rosters read through Openfire's roster manager (and its cache). */
public final class OpenfireRosters implements Rosters {
    @Override
    public RosterSubscription subscription(String username, JID contact) {
        try {
            RosterItem item = roster(username).getRosterItem(new JID(contact.toBareJID()));
            // Enum names are the same from 4.2.0 on, unlike the SubType constants' declaring class.
            return RosterSubscription.valueOf(item.getSubStatus().name());
        } catch (UserNotFoundException | IllegalArgumentException e) {
            return RosterSubscription.NONE;
        }
    }

    @Override
    public List<JID> subscribedTo(String username) {
        List<JID> contacts = new ArrayList<>();
        try {
            for (RosterItem item : roster(username).getRosterItems()) {
                String subscription = item.getSubStatus().name();
                if ("TO".equals(subscription) || "BOTH".equals(subscription)) {
                    contacts.add(item.getJid());
                }
            }
        } catch (UserNotFoundException e) {
            return List.of();
        }
        return contacts;
    }

    private static Roster roster(String username) throws UserNotFoundException {
        return XMPPServer.getInstance().getRosterManager().getRoster(username);
    }
}

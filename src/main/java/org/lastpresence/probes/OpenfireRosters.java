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
            RosterItem item = roster(username).getRosterItem(contact.asBareJID());
            return subscriptionOf(item);
        } catch (UserNotFoundException e) {
            return RosterSubscription.NONE;
        }
    }

    @Override
    public List<JID> subscribedTo(String username) {
        List<JID> contacts = new ArrayList<>();
        try {
            for (RosterItem item : roster(username).getRosterItems()) {
                RosterSubscription subscription = subscriptionOf(item);
                if (subscription == RosterSubscription.TO || subscription == RosterSubscription.BOTH) {
                    contacts.add(item.getJid());
                }
            }
        } catch (UserNotFoundException e) {
            return List.of();
        }
        return contacts;
    }

    /** The item's subscription; NONE for no item and for states the plugin does not distinguish (REMOVE). */
    public static RosterSubscription subscriptionOf(RosterItem item) {
        if (item == null) {
            return RosterSubscription.NONE;
        }
        // Enum names are the same from 4.2.0 on, unlike the SubType constants' declaring class.
        switch (item.getSubStatus().name()) {
            case "TO":
                return RosterSubscription.TO;
            case "FROM":
                return RosterSubscription.FROM;
            case "BOTH":
                return RosterSubscription.BOTH;
            default:
                return RosterSubscription.NONE;
        }
    }

    private static Roster roster(String username) throws UserNotFoundException {
        return XMPPServer.getInstance().getRosterManager().getRoster(username);
    }
}

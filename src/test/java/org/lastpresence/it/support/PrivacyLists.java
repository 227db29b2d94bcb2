package org.lastpresence.it.support;

import java.util.Arrays;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smackx.privacy.PrivacyListManager;
import org.jivesoftware.smackx.privacy.packet.PrivacyItem;

/**
 * XEP-0016 privacy lists set by a test client over XMPP (Smack's {@link PrivacyListManager}), as a user's client
 * would: the items, and whether the list is the session's active list or the account's default list.
 */
public final class PrivacyLists {
    private PrivacyLists() {
    }

    /** {@code <item type='jid' value='…' action='deny' order='…'><presence-out/></item>}. */
    public static PrivacyItem denyPresenceOutTo(String jid, long order) {
        return presenceOut(new PrivacyItem(PrivacyItem.Type.jid, jid, false, order));
    }

    /** {@code <item type='jid' value='…' action='allow' order='…'><presence-out/></item>}. */
    public static PrivacyItem allowPresenceOutTo(String jid, long order) {
        return presenceOut(new PrivacyItem(PrivacyItem.Type.jid, jid, true, order));
    }

    /** {@code <item action='deny' order='…'><presence-out/></item>}: the XEP-0126 invisibility item. */
    public static PrivacyItem denyAllPresenceOut(long order) {
        return presenceOut(new PrivacyItem(false, order));
    }

    /** Denies presence-out to every contact whose roster subscription is {@code both}, {@code to}, ... */
    public static PrivacyItem denyPresenceOutBySubscription(String subscription, long order) {
        return presenceOut(new PrivacyItem(PrivacyItem.Type.subscription, subscription, false, order));
    }

    /** Denies presence-out to the contacts of this roster group. */
    public static PrivacyItem denyPresenceOutToGroup(String group, long order) {
        return presenceOut(new PrivacyItem(PrivacyItem.Type.group, group, false, order));
    }

    /** Creates (or replaces) the list and makes it the active list of this client's session. */
    public static void activate(XmppClient client, String name, PrivacyItem... items) {
        call(client, "activate " + name, manager -> {
            manager.createPrivacyList(name, Arrays.asList(items));
            manager.setActiveListName(name);
        });
    }

    /** Creates (or replaces) the list and makes it the account's default list (the client's only session). */
    public static void makeDefault(XmppClient client, String name, PrivacyItem... items) {
        call(client, "make default " + name, manager -> {
            manager.createPrivacyList(name, Arrays.asList(items));
            manager.setDefaultListName(name);
        });
    }

    /**
     * Stores a default list for an account through Openfire's own manager (as the admin console would), so the user
     * needs no session: e.g.
     * {@code <item type='jid' value='p@localhost' action='deny' order='1'><presence-out/></item>}.
     */
    public static void storeDefault(String username, String name, String itemsXml) {
        Element list;
        try {
            list = DocumentHelper.parseText("<list xmlns='jabber:iq:privacy' name='" + name + "'>" + itemsXml
                    + "</list>").getRootElement();
        } catch (DocumentException e) {
            throw new IllegalArgumentException("Not a privacy list: " + itemsXml, e);
        }
        // Qualified: Smack's class of the same name is the one imported here.
        org.jivesoftware.openfire.privacy.PrivacyListManager lists =
                org.jivesoftware.openfire.privacy.PrivacyListManager.getInstance();
        lists.changeDefaultList(username, lists.createPrivacyList(username, name, list), null);
    }

    /** Replaces the items of an existing list (which stays active or default where it was). */
    public static void edit(XmppClient client, String name, PrivacyItem... items) {
        call(client, "edit " + name, manager -> manager.updatePrivacyList(name, Arrays.asList(items)));
    }

    /** The session stops using an active list. */
    public static void declineActive(XmppClient client) {
        call(client, "decline the active list", PrivacyListManager::declineActiveList);
    }

    private static PrivacyItem presenceOut(PrivacyItem item) {
        item.setFilterPresenceOut(true);
        return item;
    }

    private interface ManagerCall {
        void run(PrivacyListManager manager)
                throws SmackException.NoResponseException, XMPPException.XMPPErrorException,
                SmackException.NotConnectedException, InterruptedException;
    }

    private static void call(XmppClient client, String what, ManagerCall call) {
        try {
            call.run(PrivacyListManager.getInstanceFor(client.connection()));
        } catch (SmackException | XMPPException e) {
            throw new AssertionError("Privacy list request failed (" + what + ") for " + client.jid() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + what, e);
        }
    }
}

package org.lastpresence.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jivesoftware.openfire.SharedGroupException;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.roster.Roster;
import org.jivesoftware.openfire.roster.RosterItem;
import org.jivesoftware.openfire.roster.RosterItem.SubType;
import org.jivesoftware.openfire.user.UserAlreadyExistsException;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.xmpp.packet.JID;

/**
 * Users and roster subscriptions of the running test server, set through Openfire's own managers (the same
 * code paths as the admin console), so a test does not need XMPP subscription handshakes. Set rosters before
 * the users log in: Openfire pushes roster changes to online clients but sends no presence for them.
 */
public final class Accounts {
    private final String domain;

    Accounts(String domain) {
        this.domain = domain;
    }

    /** The bare JID of a local user. */
    public JID jid(String username) {
        return new JID(username, domain, null);
    }

    /** Creates a user; fails if it already exists. */
    public JID createUser(String username, String password) {
        try {
            UserManager.getInstance().createUser(username, password, null, null);
        } catch (UserAlreadyExistsException e) {
            throw new IllegalStateException("User " + username + " already exists", e);
        }
        return jid(username);
    }

    /** Creates a user unless it exists (a server restarted on an old home keeps its users). */
    public JID ensureUser(String username, String password) {
        if (!exists(username)) {
            createUser(username, password);
        }
        return jid(username);
    }

    public boolean exists(String username) {
        try {
            UserManager.getInstance().getUser(username);
            return true;
        } catch (UserNotFoundException e) {
            return false;
        }
    }

    /** Deletes a user the way the admin console does (Openfire fires its user-deleted event). */
    public void deleteUser(String username) {
        try {
            UserManager.getInstance().deleteUser(UserManager.getInstance().getUser(username));
        } catch (UserNotFoundException e) {
            throw new IllegalStateException("No user " + username, e);
        }
    }

    /** Mutual subscription: each has the other in its roster with subscription {@code both}. */
    public void subscribeBoth(String first, String second) {
        setRosterItem(first, jid(second), SubType.BOTH);
        setRosterItem(second, jid(first), SubType.BOTH);
    }

    /**
     * One-way subscription: {@code subscriber} receives {@code publisher}'s presence. The publisher's roster
     * gets {@code from}, the subscriber's {@code to}, merged into {@code both} with an existing opposite direction.
     */
    public void subscribe(String subscriber, String publisher) {
        addDirection(publisher, jid(subscriber), SubType.FROM);
        addDirection(subscriber, jid(publisher), SubType.TO);
    }

    /** Sets exactly this subscription on one side only (e.g. a {@code none} item, or an inconsistent pair). */
    public void setRosterItem(String owner, JID contact, SubType subscription) {
        Roster roster = roster(owner);
        RosterItem item = itemFor(roster, contact);
        item.setSubStatus(subscription);
        try {
            roster.updateRosterItem(item);
        } catch (UserNotFoundException e) {
            throw new IllegalStateException("Roster item " + contact + " of " + owner + " vanished", e);
        }
    }

    /** Puts {@code contact} (already in {@code owner}'s roster) into this roster group. */
    public void addToGroup(String owner, JID contact, String group) {
        Roster roster = roster(owner);
        try {
            RosterItem item = roster.getRosterItem(contact);
            List<String> groups = new ArrayList<>(item.getGroups());
            groups.add(group);
            item.setGroups(groups);
            roster.updateRosterItem(item);
        } catch (UserNotFoundException | SharedGroupException e) {
            throw new IllegalStateException("Cannot put " + contact + " into group " + group + " of " + owner, e);
        }
    }

    /** Removes {@code contact} from {@code owner}'s roster, if it is there (Openfire's own roster rules apply). */
    public void removeRosterItem(String owner, JID contact) {
        Roster roster = roster(owner);
        if (!roster.isRosterItem(contact)) {
            return;
        }
        try {
            roster.deleteRosterItem(contact, true);
        } catch (SharedGroupException e) {
            throw new IllegalStateException("Cannot remove " + contact + " from the roster of " + owner, e);
        }
    }

    /** The bare JIDs in {@code owner}'s roster. */
    public List<JID> rosterContacts(String owner) {
        return roster(owner).getRosterItems().stream().map(RosterItem::getJid).collect(Collectors.toList());
    }

    /** The subscription of {@code contact} in {@code owner}'s roster, or {@code null} without an item. */
    public SubType subscription(String owner, JID contact) {
        Roster roster = roster(owner);
        if (!roster.isRosterItem(contact)) {
            return null;
        }
        try {
            return roster.getRosterItem(contact).getSubStatus();
        } catch (UserNotFoundException e) {
            return null;
        }
    }

    private void addDirection(String owner, JID contact, SubType direction) {
        SubType current = subscription(owner, contact);
        boolean opposite = current == SubType.BOTH
                || (direction == SubType.FROM && current == SubType.TO)
                || (direction == SubType.TO && current == SubType.FROM);
        setRosterItem(owner, contact, opposite ? SubType.BOTH : direction);
    }

    private static Roster roster(String owner) {
        try {
            return XMPPServer.getInstance().getRosterManager().getRoster(owner);
        } catch (UserNotFoundException e) {
            throw new IllegalStateException("No user " + owner, e);
        }
    }

    private static RosterItem itemFor(Roster roster, JID contact) {
        try {
            if (roster.isRosterItem(contact)) {
                return roster.getRosterItem(contact);
            }
            // push: online clients of the owner get the roster push; persistent: stored in ofRoster.
            return roster.createRosterItem(contact, true, true);
        } catch (UserNotFoundException | UserAlreadyExistsException | SharedGroupException e) {
            throw new IllegalStateException("Cannot add " + contact + " to the roster of " + roster.getUsername(), e);
        }
    }
}

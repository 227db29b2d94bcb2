package org.lastpresence.privacy;

import java.util.Objects;

import org.lastpresence.probes.RosterSubscription;
import org.xmpp.packet.JID;

/** One item of a user's privacy list (XEP-0016), reduced to what matters for the user's outgoing presence. */
public final class PrivacyRule {
    /** What an item compares the recipient with. */
    public enum Match {
        /** A JID: full, bare (any resource) or domain (anyone there), as Openfire compares them. */
        JID,
        /** A group of the user's roster that the recipient is in. */
        GROUP,
        /** The recipient's subscription in the user's roster ({@code none} for strangers). */
        SUBSCRIPTION,
        /** No type: the fall-through item, matching everyone. */
        EVERYONE
    }

    private final int order;
    private final boolean allow;
    private final Match match;
    private final String value;

    private PrivacyRule(int order, boolean allow, Match match, String value) {
        this.order = order;
        this.allow = allow;
        this.match = Objects.requireNonNull(match, "match");
        this.value = match == Match.EVERYONE ? "" : Objects.requireNonNull(value, "value");
    }

    /** An item that allows outgoing presence to the recipients it matches. */
    public static PrivacyRule allow(int order, Match match, String value) {
        return new PrivacyRule(order, true, match, value);
    }

    /** An item that denies outgoing presence to the recipients it matches. */
    public static PrivacyRule deny(int order, Match match, String value) {
        return new PrivacyRule(order, false, match, value);
    }

    public int order() {
        return order;
    }

    public boolean allows() {
        return allow;
    }

    /** Whether this item is about the recipient, whose roster entry in the user's roster is {@code entry}. */
    boolean matches(JID recipient, RosterEntry entry) {
        switch (match) {
            case EVERYONE:
                return true;
            case GROUP:
                return entry.groups().contains(value);
            case SUBSCRIPTION:
                return entry.subscription() == subscriptionValue();
            default:
                return matchesJid(recipient);
        }
    }

    /** Whether evaluating this item needs the user's roster. */
    boolean needsRoster() {
        return match == Match.GROUP || match == Match.SUBSCRIPTION;
    }

    private boolean matchesJid(JID recipient) {
        JID item;
        try {
            item = new JID(value);
        } catch (IllegalArgumentException e) {
            // Openfire refuses such an item when the list is stored; one that slipped through matches nobody.
            return false;
        }
        if (item.getResource() != null) {
            return item.equals(recipient);
        }
        if (item.getNode() != null) {
            return item.toBareJID().equals(recipient.toBareJID());
        }
        return item.getDomain().equals(recipient.getDomain());
    }

    // Openfire reads anything but both, to and from as none.
    private RosterSubscription subscriptionValue() {
        switch (value) {
            case "both":
                return RosterSubscription.BOTH;
            case "to":
                return RosterSubscription.TO;
            case "from":
                return RosterSubscription.FROM;
            default:
                return RosterSubscription.NONE;
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PrivacyRule)) {
            return false;
        }
        PrivacyRule that = (PrivacyRule) other;
        return order == that.order && allow == that.allow && match == that.match && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, allow, match, value);
    }

    @Override
    public String toString() {
        return (allow ? "allow " : "deny ") + match + (value.isEmpty() ? "" : " " + value) + " @" + order;
    }
}

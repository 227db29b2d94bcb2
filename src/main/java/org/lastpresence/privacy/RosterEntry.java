package org.lastpresence.privacy;

import java.util.Objects;
import java.util.Set;

import org.lastpresence.probes.RosterSubscription;

/** What a user's roster says about one contact: the subscription and the contact's groups. */
public final class RosterEntry {
    /** A contact the roster does not hold. */
    public static final RosterEntry NONE = new RosterEntry(RosterSubscription.NONE, Set.of());

    private final RosterSubscription subscription;
    private final Set<String> groups;

    public RosterEntry(RosterSubscription subscription, Set<String> groups) {
        this.subscription = Objects.requireNonNull(subscription, "subscription");
        this.groups = Set.copyOf(groups);
    }

    public RosterSubscription subscription() {
        return subscription;
    }

    public Set<String> groups() {
        return groups;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RosterEntry && subscription == ((RosterEntry) other).subscription
                && groups.equals(((RosterEntry) other).groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subscription, groups);
    }

    @Override
    public String toString() {
        return subscription + " " + groups;
    }
}

package org.lastpresence.probes;

/** Who may see a user's presence in answer to a probe: the user's own resources and subscribers (from or both). */
public final class ProbeAuthorization {
    private ProbeAuthorization() {
    }

    /**
     * @param proberBareJid the prober's bare JID
     * @param userBareJid   the probed user's bare JID
     * @param subscription  the prober's subscription in the user's roster
     */
    public static boolean isAuthorized(String proberBareJid, String userBareJid, RosterSubscription subscription) {
        return proberBareJid.equals(userBareJid) || isSubscribed(subscription);
    }

    /** Whether the subscription lets the contact see the user's presence. */
    public static boolean isSubscribed(RosterSubscription subscription) {
        return subscription == RosterSubscription.FROM || subscription == RosterSubscription.BOTH;
    }
}

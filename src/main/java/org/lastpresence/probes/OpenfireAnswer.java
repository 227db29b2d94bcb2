package org.lastpresence.probes;

import java.util.Optional;

/**
 * Whether a local client's probe of a local user may be left to Openfire: its own answer, stamped as it is
 * delivered (D1), is then exactly the P answer, at the cost of Openfire's own probe handling. That holds when the
 * prober is a subscribed contact (Openfire's check, made from the roster it holds in memory), the user is online
 * with a known start for every resource, no privacy list can hide anything, and delivered presence is stamped.
 * Everything else (unauthorized, offline, one's own account, rules to apply) the plugin answers itself.
 */
public final class OpenfireAnswer {
    private OpenfireAnswer() {
    }

    /**
     * @param ownAccount      the prober probes its own account (Openfire would answer with an error)
     * @param subscription    the prober's subscription in the user's roster, empty when the roster is not in memory
     * @param onlineAllKnown  the user has available resources, and the plugin knows since when for each
     * @param hidesNothing    no privacy list exists
     * @param stampsDelivered delivered presence is stamped (the setting)
     */
    public static boolean suffices(boolean ownAccount, Optional<RosterSubscription> subscription,
                                   boolean onlineAllKnown, boolean hidesNothing, boolean stampsDelivered) {
        return !ownAccount && onlineAllKnown && hidesNothing && stampsDelivered
                && subscription.map(ProbeAuthorization::isSubscribed).orElse(false);
    }
}

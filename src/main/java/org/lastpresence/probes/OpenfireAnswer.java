package org.lastpresence.probes;

/**
 * Whether a local client's probe of a local user may be left to Openfire: its own answer, stamped as it is
 * delivered (D1), or its refusal of an unauthorized prober turned into {@code unsubscribed}
 * ({@link UnauthorizedAnswer}), is then exactly the P answer, at the cost of Openfire's own probe handling. That
 * holds when the user is online with a known start for every resource, no privacy list can hide anything, delivered
 * presence is stamped, and the prober is not the user (Openfire has no roster item for oneself). Everything else
 * (offline, one's own account, rules to apply) the plugin answers itself.
 */
public final class OpenfireAnswer {
    private OpenfireAnswer() {
    }

    /**
     * @param ownAccount      the prober probes its own account (Openfire would answer with an error)
     * @param onlineAllKnown  the user has available resources, and the plugin knows since when for each
     * @param hidesNothing    no privacy list exists
     * @param stampsDelivered delivered presence is stamped (the setting)
     */
    public static boolean suffices(boolean ownAccount, boolean onlineAllKnown, boolean hidesNothing,
                                   boolean stampsDelivered) {
        return !ownAccount && onlineAllKnown && hidesNothing && stampsDelivered;
    }
}

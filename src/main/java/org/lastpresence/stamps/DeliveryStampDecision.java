package org.lastpresence.stamps;

import java.util.Optional;

/**
 * Which stamp a presence delivered by the server carries (rules D1, D2, docs/CONTRACT.md): a replay of a stored state
 * is stamped with when that state began; a live broadcast of a change, and anything already stamped, is left alone.
 */
public final class DeliveryStampDecision {
    private DeliveryStampDecision() {
    }

    /**
     * @param sender    the {@code from} of the delivered presence, as its attribute says it (a full JID for a
     *                  resource's presence, the bare JID for a user's offline presence)
     * @param delivery  the facts about it
     * @param precision how finely the stamp may reveal the time
     */
    public static Optional<Stamp> decide(String sender, Delivery delivery, StampPrecision precision) {
        if (delivery.origin != Delivery.Origin.REPLAY) {
            return Optional.empty();
        }
        switch (delivery.kind) {
            case RESOURCE_AVAILABLE:
                return delivery.resourceSince.map(since -> Stamp.of(sender, since, precision));
            case USER_OFFLINE:
                // The resource that went offline last states it.
                return delivery.record.map(record -> Stamp.of(sender + '/' + record.resource(), record.since(),
                        precision));
            default:
                return Optional.empty();
        }
    }
}

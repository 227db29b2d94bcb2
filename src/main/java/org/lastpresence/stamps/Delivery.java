package org.lastpresence.stamps;

import java.time.Instant;
import java.util.Optional;

import org.lastpresence.store.LastPresenceRecord;

/** The plain facts about one presence that the server is delivering to a local client. */
public final class Delivery {
    /** What the delivered presence says about its sender. */
    public enum Kind {
        /** An available presence from a user's resource. */
        RESOURCE_AVAILABLE,
        /** An unavailable presence from a user's bare JID: Openfire replaying the stored offline presence. */
        USER_OFFLINE,
        /** Anything else: errors, subscriptions, unavailable from a resource, presence of remote entities. */
        OTHER
    }

    final Kind kind;
    final boolean alreadyStamped;
    final boolean liveBroadcast;
    final Optional<Instant> resourceSince;
    final Optional<LastPresenceRecord> record;

    /**
     * @param kind           what the presence is
     * @param alreadyStamped it carries a delay element already (one of this plugin's probe answers)
     * @param liveBroadcast  it is a copy of a change its sender is making right now
     * @param resourceSince  since when the sending resource is in its state, if it is available
     * @param record         the sender's offline record, if any
     */
    public Delivery(Kind kind, boolean alreadyStamped, boolean liveBroadcast, Optional<Instant> resourceSince,
                    Optional<LastPresenceRecord> record) {
        this.kind = kind;
        this.alreadyStamped = alreadyStamped;
        this.liveBroadcast = liveBroadcast;
        this.resourceSince = resourceSince;
        this.record = record;
    }
}

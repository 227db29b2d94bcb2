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

    /** Where the delivered presence comes from, which decides whether it may get a stamp (D1, D2). */
    public enum Origin {
        /** Openfire delivers a stored state again (login, subscription approval, its offline presence): stamped. */
        REPLAY,
        /** A copy of a change its sender is making right now: never stamped. */
        LIVE_BROADCAST,
        /** It carries a delay element already (one of this plugin's probe answers): left alone. */
        ALREADY_STAMPED
    }

    final Kind kind;
    final Origin origin;
    final Optional<Instant> resourceSince;
    final Optional<LastPresenceRecord> record;

    /**
     * @param kind          what the presence is
     * @param origin        where it comes from
     * @param resourceSince since when the sending resource is in its state, if it is available
     * @param record        the sender's offline record, if any
     */
    public Delivery(Kind kind, Origin origin, Optional<Instant> resourceSince, Optional<LastPresenceRecord> record) {
        this.kind = kind;
        this.origin = origin;
        this.resourceSince = resourceSince;
        this.record = record;
    }

    /** Openfire delivering a stored state again, with what the plugin knows of the sender. */
    public static Delivery replay(Kind kind, Optional<Instant> resourceSince, Optional<LastPresenceRecord> record) {
        return new Delivery(kind, Origin.REPLAY, resourceSince, record);
    }
}

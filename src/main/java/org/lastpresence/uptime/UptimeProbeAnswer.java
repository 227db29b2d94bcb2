package org.lastpresence.uptime;

import java.time.Instant;
import java.util.Optional;

import org.lastpresence.settings.UptimeVisibility;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.StampPrecision;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * The pure part of {@link ComponentHandler}: the answer to a probe of the server or of a component (rules U1-U3,
 * docs/CONTRACT.md), an available presence stamped with its start time, or nothing for a prober not allowed.
 */
public final class UptimeProbeAnswer {
    /** Where the prober is, as {@code lastpresence.uptime.visibility = local} counts it. */
    public enum Prober {
        /** A user of this server, or one of its components. */
        LOCAL,
        /** Anyone else (a remote server's user or service). */
        REMOTE
    }

    private UptimeProbeAnswer() {
    }

    /**
     * @param prober       who probed
     * @param entity       the server domain or component domain that was probed
     * @param upSince      since when it is up
     * @param visibility   who may learn it
     * @param where        whether the prober is local (a user of this server or one of its components)
     * @param precision    how finely the stamp reveals time
     * @return the presence to send, or empty when the prober may not know (the probe is dropped silently)
     */
    public static Optional<Presence> answer(JID prober, JID entity, Instant upSince, UptimeVisibility visibility,
                                            Prober where, StampPrecision precision) {
        boolean visible = visibility == UptimeVisibility.EVERYONE
                || (visibility == UptimeVisibility.LOCAL && where == Prober.LOCAL);
        if (!visible) {
            return Optional.empty();
        }
        Presence presence = new Presence();
        presence.setFrom(entity);
        presence.setTo(prober);
        DelayStamps.add(presence, entity.toString(), precision.truncate(upSince));
        return Optional.of(presence);
    }
}

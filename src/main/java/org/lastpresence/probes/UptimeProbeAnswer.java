package org.lastpresence.probes;

import java.time.Instant;
import java.util.Optional;

import org.lastpresence.settings.UptimeVisibility;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.StampPrecision;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The answer to a probe of the server or of a component (U1-U3): available, stamped with its start time. */
public final class UptimeProbeAnswer {
    private UptimeProbeAnswer() {
    }

    /**
     * @param prober       who probed
     * @param entity       the server domain or component domain that was probed
     * @param upSince      since when it is up
     * @param visibility   who may learn it
     * @param proberIsLocal the prober is a user of this server or one of its components
     * @param precision    how finely the stamp reveals time
     * @return the presence to send, or empty when the prober may not know (the probe is dropped silently)
     */
    public static Optional<Presence> answer(JID prober, JID entity, Instant upSince, UptimeVisibility visibility,
                                            boolean proberIsLocal, StampPrecision precision) {
        boolean visible = visibility == UptimeVisibility.EVERYONE
                || (visibility == UptimeVisibility.LOCAL && proberIsLocal);
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

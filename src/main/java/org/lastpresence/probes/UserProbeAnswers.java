package org.lastpresence.probes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lastpresence.privacy.Visibility;
import org.lastpresence.recording.ResourceState;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.OfflineIdle;
import org.lastpresence.stamps.Stamp;
import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.store.LastPresenceRecord;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The answer to a probe of a local user: the P table of docs/CONTRACT.md, as a plain function. */
public final class UserProbeAnswers {
    private UserProbeAnswers() {
    }

    /**
     * @param prober     who probed (full or bare JID); every answer is addressed to it
     * @param user       the probed user's bare JID
     * @param authorized whether the prober may see the user's presence
     * @param available  the user's available resources
     * @param visibility what the user's own rules let the prober see: a hidden resource is left out, and a user
     *                   hidden altogether gets no answer at all (as from Openfire), never "unavailable"
     * @param record     the user's offline record, already filtered by retention
     * @param precision  how finely stamps reveal time
     * @param idleOffline whether the offline answer also carries a XEP-0319 idle time (C1)
     */
    public static List<Presence> answer(JID prober, JID user, boolean authorized, List<ResourceState> available,
                                        Visibility visibility, Optional<LastPresenceRecord> record,
                                        StampPrecision precision, boolean idleOffline) {
        if (!authorized) {
            return List.of(unauthorized(user, prober));
        }
        if (!available.isEmpty()) {
            List<Presence> answers = new ArrayList<>();
            for (ResourceState resource : available) {
                if (!visibility.shows(resource.address())) {
                    continue;
                }
                Presence presence = resource.presence();
                presence.setID(null);
                DelayStamps.removeAll(presence);
                address(presence, resource.address(), prober);
                stamp(presence, Stamp.of(resource.address().toString(), resource.since(), precision));
                answers.add(presence);
            }
            return answers;
        }
        if (!visibility.showsOffline()) {
            return List.of();
        }
        Presence unavailable = address(new Presence(Presence.Type.unavailable), user, prober);
        record.ifPresent(last -> {
            last.status().ifPresent(unavailable::setStatus);
            JID wentOffline = new JID(user.getNode(), user.getDomain(), last.resource());
            stamp(unavailable, Stamp.of(wentOffline.toString(), last.since(), precision));
            OfflineIdle.addTo(unavailable, last, precision, idleOffline);
        });
        return List.of(unavailable);
    }

    /**
     * The answer to a prober who may not see the user, or to a probe of an account that does not exist: RFC 6121
     * 4.3.2's {@code unsubscribed}, the same for both, so existence does not leak.
     *
     * @param user the user's bare JID
     */
    public static Presence unauthorized(JID user, JID prober) {
        return address(new Presence(Presence.Type.unsubscribed), user, prober);
    }

    private static Presence address(Presence presence, JID from, JID to) {
        presence.setFrom(from);
        presence.setTo(to);
        return presence;
    }

    private static void stamp(Presence presence, Stamp stamp) {
        DelayStamps.add(presence, stamp.from(), stamp.time());
    }
}

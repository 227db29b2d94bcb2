package org.lastpresence.probes;

import java.util.Objects;

import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * When the plugin takes over a probe it rejects it, and Openfire's router then sends the prober a
 * {@code not-allowed} error on the same thread. This recognises that echo, so it can be dropped.
 */
public final class ProbeEchoes {
    private final ThreadLocal<Presence> takenOver = new ThreadLocal<>();

    /** The plugin is about to reject this probe after answering it. */
    public void expect(Presence probe) {
        takenOver.set(probe);
    }

    /** True (once) if the outgoing presence is the router's error for the probe taken over on this thread. */
    public boolean consume(Presence outgoing) {
        Presence probe = takenOver.get();
        if (probe != null && isEcho(probe, outgoing)) {
            takenOver.remove();
            return true;
        }
        return false;
    }

    /** Whether {@code outgoing} is the router's rejection error for {@code probe}. */
    static boolean isEcho(Presence probe, Presence outgoing) {
        PacketError error = outgoing.getError();
        return outgoing.getType() == Presence.Type.error
                && error != null && error.getCondition() == PacketError.Condition.not_allowed
                && Objects.equals(outgoing.getID(), probe.getID())
                && Objects.equals(outgoing.getFrom(), probe.getTo());
    }
}

package org.lastpresence.recording;

import java.util.Objects;

import org.xmpp.packet.Presence;

/** Decides whether a broadcast presence changes a resource's state: availability, show or status differ. */
public final class PresenceChange {
    private PresenceChange() {
    }

    /**
     * @param previous the resource's previous broadcast presence, or null if it was unavailable
     * @param next     the new broadcast presence (available or unavailable)
     */
    public static boolean isChange(Presence previous, Presence next) {
        boolean wasAvailable = previous != null && previous.isAvailable();
        if (wasAvailable != next.isAvailable()) {
            return true;
        }
        if (!next.isAvailable()) {
            return false;
        }
        return !Objects.equals(text(previous, "show"), text(next, "show"))
                || !Objects.equals(text(previous, "status"), text(next, "status"));
    }

    private static String text(Presence presence, String child) {
        String value = presence.getElement().elementTextTrim(child);
        return value == null || value.isEmpty() ? null : value;
    }
}

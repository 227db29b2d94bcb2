package org.lastpresence.it.support;

import java.util.function.Predicate;

import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smackx.delay.packet.DelayInformation;

/** Predicates over received presence stanzas, for {@link XmppClient#awaitPresence}. */
public final class PresenceMatchers {
    private PresenceMatchers() {
    }

    /** From exactly this address (full or bare, compared as written). */
    public static Predicate<Presence> from(String jid) {
        return presence -> presence.getFrom() != null && presence.getFrom().toString().equals(jid);
    }

    /** From this bare JID or any of its resources. */
    public static Predicate<Presence> fromBare(String bareJid) {
        return presence -> presence.getFrom() != null && presence.getFrom().asBareJid().toString().equals(bareJid);
    }

    public static Predicate<Presence> ofType(Presence.Type type) {
        return presence -> presence.getType() == type;
    }

    public static Predicate<Presence> available() {
        return ofType(Presence.Type.available);
    }

    public static Predicate<Presence> unavailable() {
        return ofType(Presence.Type.unavailable);
    }

    /** Carries a {@code urn:xmpp:delay} element. */
    public static Predicate<Presence> delayed() {
        return presence -> presence.hasExtension(DelayInformation.ELEMENT, DelayInformation.NAMESPACE);
    }

    public static Predicate<Presence> withStatus(String status) {
        return presence -> status.equals(presence.getStatus());
    }
}

package org.lastpresence.probes;

import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * Openfire answers an unauthorized probe with an error ({@code forbidden} or {@code not-authorized}, 4.2.0 to 5.x);
 * rule P wants {@code unsubscribed} from the user's bare JID, the same as for an account that does not exist. For a
 * probe the plugin left to Openfire, this makes that answer out of Openfire's error.
 */
public final class UnauthorizedAnswer {
    private UnauthorizedAnswer() {
    }

    /** The P answer to deliver instead of Openfire's, or null when the presence is not Openfire's refusal. */
    public static Presence of(Presence openfires) {
        PacketError error = openfires.getType() == Presence.Type.error ? openfires.getError() : null;
        if (error == null || openfires.getFrom() == null || openfires.getTo() == null
                || error.getCondition() != PacketError.Condition.forbidden
                && error.getCondition() != PacketError.Condition.not_authorized) {
            return null;
        }
        return UserProbeAnswers.unauthorized(openfires.getFrom().asBareJID(), openfires.getTo());
    }
}

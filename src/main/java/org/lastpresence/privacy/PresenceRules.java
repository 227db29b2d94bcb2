package org.lastpresence.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.xmpp.packet.JID;

/**
 * The rules in force for one sender's outgoing presence (XEP-0016 items that apply to presence-out), evaluated as
 * Openfire evaluates them: items by ascending order, the first that matches the recipient decides, none allows.
 */
public final class PresenceRules {
    /** No privacy list in force: presence goes to everyone the roster allows. */
    public static final PresenceRules NONE = new PresenceRules(List.of());

    private final List<PrivacyRule> rules;

    private PresenceRules(List<PrivacyRule> rules) {
        this.rules = rules;
    }

    /** The rules of one list's items that apply to outgoing presence, in any order. */
    public static PresenceRules of(List<PrivacyRule> presenceOutRules) {
        List<PrivacyRule> sorted = new ArrayList<>(presenceOutRules);
        sorted.sort(Comparator.comparingInt(PrivacyRule::order));
        return sorted.isEmpty() ? NONE : new PresenceRules(List.copyOf(sorted));
    }

    /**
     * Whether the sender's presence may reach the recipient.
     *
     * @param recipient the full (or bare) JID the presence would be addressed to
     * @param entry     the recipient's entry in the sender's roster; asked for only when a rule needs it, because
     *                  it may have to be loaded
     */
    public boolean permits(JID recipient, Supplier<RosterEntry> entry) {
        RosterEntry known = null;
        for (PrivacyRule rule : rules) {
            if (rule.needsRoster() && known == null) {
                known = entry.get();
            }
            if (rule.matches(recipient, known == null ? RosterEntry.NONE : known)) {
                return rule.allows();
            }
        }
        return true;
    }

    public List<PrivacyRule> rules() {
        return Collections.unmodifiableList(rules);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PresenceRules && rules.equals(((PresenceRules) other).rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}

package org.lastpresence.stamps;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.xmpp.packet.JID;

/**
 * What the current packet thread is doing: Openfire routes a presence and delivers its copies on one thread,
 * so this tells a live broadcast (D2) from a replay of stored state (D1), and which offline contacts Openfire
 * itself replayed during a login (D3). Holds only JDK types, so a thread keeps nothing of an unloaded plugin.
 */
public final class DeliveryContext {
    private final ThreadLocal<Set<String>> liveSenders = new ThreadLocal<>();
    private final ThreadLocal<Set<String>> offlineReplays = new ThreadLocal<>();
    private final ThreadLocal<JID> loggingIn = new ThreadLocal<>();

    /** A new incoming packet starts on this thread: forget the previous one. */
    public void begin() {
        liveSenders.remove();
        offlineReplays.remove();
        loggingIn.remove();
    }

    /** The incoming packet is done. */
    public void end() {
        begin();
    }

    /** The sender is making a change right now: its copies being delivered are live. */
    public void markLive(JID sender) {
        set(liveSenders).add(sender.toString());
    }

    public boolean isLive(JID sender) {
        Set<String> live = liveSenders.get();
        return live != null && live.contains(sender.toString());
    }

    /** The resource is sending its initial presence: once Openfire has routed it, its login replay is due. */
    public void markLogin(JID resource) {
        loggingIn.set(resource);
    }

    /** The resource whose initial presence this thread routed, if any. */
    public Optional<JID> loggingIn() {
        return Optional.ofNullable(loggingIn.get());
    }

    /** Openfire delivered a contact's offline presence to this recipient. */
    public void offlineReplayed(JID contact, JID recipient) {
        set(offlineReplays).add(key(contact, recipient));
    }

    public boolean wasOfflineReplayed(JID contact, JID recipient) {
        Set<String> replays = offlineReplays.get();
        return replays != null && replays.contains(key(contact, recipient));
    }

    private static String key(JID contact, JID recipient) {
        return contact.toBareJID() + " " + recipient;
    }

    private static Set<String> set(ThreadLocal<Set<String>> local) {
        Set<String> set = local.get();
        if (set == null) {
            set = new HashSet<>();
            local.set(set);
        }
        return set;
    }
}

package org.lastpresence.stamps;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * What the current packet thread is doing: Openfire routes a presence and delivers its copies on one thread,
 * so this tells a live broadcast (D2) from a replay of stored state (D1), and which offline contacts Openfire
 * itself replayed during a login (D3). Holds only JDK types, so a thread keeps nothing of an unloaded plugin.
 */
public final class DeliveryContext {
    private final ThreadLocal<Set<String>> liveSenders = new ThreadLocal<>();
    // Recipient's full JID -> bare JIDs of the contacts whose offline presence Openfire delivered to it.
    private final ThreadLocal<Map<String, Set<String>>> offlineReplays = new ThreadLocal<>();
    private final ThreadLocal<JID> loggingIn = new ThreadLocal<>();
    private final ThreadLocal<Boolean> routing = new ThreadLocal<>();
    private final ThreadLocal<Presence> wentUnavailable = new ThreadLocal<>();
    private final ThreadLocal<Instant> wentUnavailableAt = new ThreadLocal<>();

    /** A new incoming packet starts on this thread: forget the previous one. */
    public void begin() {
        clear();
        routing.set(Boolean.TRUE);
    }

    /** The incoming packet is done. */
    public void end() {
        clear();
    }

    /**
     * Whether this thread is routing an incoming presence now. A delivery on a thread that is not (a cluster task
     * delivering another node's broadcast) has no marks to tell live from replayed.
     */
    public boolean isRouting() {
        return routing.get() != null;
    }

    private void clear() {
        routing.remove();
        liveSenders.remove();
        offlineReplays.remove();
        loggingIn.remove();
        wentUnavailable.remove();
        wentUnavailableAt.remove();
    }


    /** The sender is making a change right now: its copies being delivered are live. */
    public void markLive(JID sender) {
        Set<String> live = liveSenders.get();
        if (live == null) {
            live = new HashSet<>();
            liveSenders.set(live);
        }
        live.add(sender.toString());
    }

    /** Whether the sender (its full JID as the stanza's {@code from} attribute says it) is making a change now. */
    public boolean isLive(String sender) {
        Set<String> live = liveSenders.get();
        return live != null && live.contains(sender);
    }

    /** The resource is sending its initial presence: once Openfire has routed it, its login replay is due. */
    public void markLogin(JID resource) {
        loggingIn.set(resource);
    }

    /** The resource whose initial presence this thread routed, if any. */
    public Optional<JID> loggingIn() {
        return Optional.ofNullable(loggingIn.get());
    }

    /** A local resource's unavailable presence is being routed, received at {@code when}. */
    public void markWentUnavailable(Presence unavailable, Instant when) {
        wentUnavailable.set(unavailable);
        wentUnavailableAt.set(when);
    }

    /** The unavailable presence this thread routed, if any. */
    public Optional<Presence> wentUnavailable() {
        return Optional.ofNullable(wentUnavailable.get());
    }

    public Instant wentUnavailableAt() {
        return wentUnavailableAt.get();
    }

    /** Openfire delivered a contact's offline presence (from its bare JID) to this recipient. */
    public void offlineReplayed(String contactBareJid, JID recipient) {
        Map<String, Set<String>> replays = offlineReplays.get();
        if (replays == null) {
            replays = new HashMap<>();
            offlineReplays.set(replays);
        }
        replays.computeIfAbsent(recipient.toString(), key -> new HashSet<>()).add(contactBareJid);
    }

    /** The bare JIDs of the contacts whose offline presence Openfire delivered to the recipient on this thread. */
    public Set<String> offlineReplaysTo(JID recipient) {
        Map<String, Set<String>> replays = offlineReplays.get();
        Set<String> contacts = replays == null ? null : replays.get(recipient.toString());
        return contacts == null ? Set.of() : Set.copyOf(contacts);
    }
}

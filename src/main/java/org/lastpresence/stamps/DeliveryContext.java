package org.lastpresence.stamps;

import java.time.Instant;
import java.util.Arrays;
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
 * itself replayed during a login (D3). Holds only JDK and Tinder types, so a thread keeps nothing of an unloaded
 * plugin.
 * <p>
 * Every incoming presence and every delivery asks it, so a thread's marks live in one array it keeps: one
 * thread-local lookup per question, and nothing allocated for a broadcast.
 */
public final class DeliveryContext {
    private static final int ROUTING = 0;
    // The one live sender's full JID, or a set of them when one routing makes several live.
    private static final int LIVE_SENDERS = 1;
    // Recipient's full JID -> bare JIDs of the contacts whose offline presence Openfire delivered to it.
    private static final int OFFLINE_REPLAYS = 2;
    private static final int LOGGING_IN = 3;
    private static final int WENT_UNAVAILABLE = 4;
    private static final int WENT_UNAVAILABLE_AT = 5;
    private static final int OPENFIRE_ANSWERS = 6;
    private static final int SLOTS = 7;

    private final ThreadLocal<Object[]> marks = ThreadLocal.withInitial(() -> new Object[SLOTS]);

    /** A new incoming packet starts on this thread: forget the previous one. */
    public void begin() {
        Object[] slots = clear();
        slots[ROUTING] = Boolean.TRUE;
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
        return marks.get()[ROUTING] != null;
    }

    private Object[] clear() {
        Object[] slots = marks.get();
        Arrays.fill(slots, null);
        return slots;
    }

    /**
     * The sender is making a change right now: its copies being delivered are live.
     *
     * @param sender its full JID as the presence's {@code from} attribute says it (so its copies say the same)
     */
    @SuppressWarnings("unchecked")
    public void markLive(String sender) {
        Object[] slots = marks.get();
        Object live = slots[LIVE_SENDERS];
        if (live == null) {
            // Usually the one sender of the presence being routed: kept as it is, no set.
            slots[LIVE_SENDERS] = sender;
        } else if (live instanceof String) {
            if (!live.equals(sender)) {
                Set<String> senders = new HashSet<>();
                senders.add((String) live);
                senders.add(sender);
                slots[LIVE_SENDERS] = senders;
            }
        } else {
            ((Set<String>) live).add(sender);
        }
    }

    /** Whether the sender (its full JID as the stanza's {@code from} attribute says it) is making a change now. */
    public boolean isLive(String sender) {
        Object live = marks.get()[LIVE_SENDERS];
        return live instanceof String ? live.equals(sender) : live != null && ((Set<?>) live).contains(sender);
    }

    /**
     * The probe this thread routes is left to Openfire, which answers it now with a copy of each session's presence
     * made for this one delivery (PresenceManagerImpl.probePresence, 4.2.0 to 5.x).
     *
     * @param prober the prober's full JID as the probe's {@code from} attribute says it
     */
    public void markOpenfireAnswers(String prober) {
        marks.get()[OPENFIRE_ANSWERS] = prober;
    }

    /**
     * Whether a presence addressed so ({@code to} attribute) is Openfire's answer to the probe this thread routes:
     * an object nobody else receives or keeps.
     */
    public boolean isOpenfireAnswerTo(String to) {
        Object prober = marks.get()[OPENFIRE_ANSWERS];
        return prober != null && prober.equals(to);
    }

    /** The resource is sending its initial presence: once Openfire has routed it, its login replay is due. */
    public void markLogin(JID resource) {
        marks.get()[LOGGING_IN] = resource;
    }

    /** The resource whose initial presence this thread routed, if any. */
    public Optional<JID> loggingIn() {
        return Optional.ofNullable((JID) marks.get()[LOGGING_IN]);
    }

    /** A local resource's unavailable presence is being routed, received at {@code when}. */
    public void markWentUnavailable(Presence unavailable, Instant when) {
        Object[] slots = marks.get();
        slots[WENT_UNAVAILABLE] = unavailable;
        slots[WENT_UNAVAILABLE_AT] = when;
    }

    /** The unavailable presence this thread routed, if any. */
    public Optional<Presence> wentUnavailable() {
        return Optional.ofNullable((Presence) marks.get()[WENT_UNAVAILABLE]);
    }

    public Instant wentUnavailableAt() {
        return (Instant) marks.get()[WENT_UNAVAILABLE_AT];
    }

    /**
     * Openfire delivered a contact's offline presence (from its bare JID) to this recipient. Remembered only while
     * this thread routes an incoming presence, whose login replay reads it: a thread that delivers without routing
     * (the plugin's own answers, a cluster task) never clears its marks, and would keep every recipient.
     */
    @SuppressWarnings("unchecked")
    public void offlineReplayed(String contactBareJid, JID recipient) {
        Object[] slots = marks.get();
        if (slots[ROUTING] == null) {
            return;
        }
        Map<String, Set<String>> replays = (Map<String, Set<String>>) slots[OFFLINE_REPLAYS];
        if (replays == null) {
            replays = new HashMap<>();
            slots[OFFLINE_REPLAYS] = replays;
        }
        replays.computeIfAbsent(recipient.toString(), key -> new HashSet<>()).add(contactBareJid);
    }

    /** The bare JIDs of the contacts whose offline presence Openfire delivered to the recipient on this thread. */
    @SuppressWarnings("unchecked")
    public Set<String> offlineReplaysTo(JID recipient) {
        Map<String, Set<String>> replays = (Map<String, Set<String>>) marks.get()[OFFLINE_REPLAYS];
        Set<String> contacts = replays == null ? null : replays.get(recipient.toString());
        return contacts == null ? Set.of() : Set.copyOf(contacts);
    }
}

package org.lastpresence.recording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** The live state of every available local resource, in memory only. */
public final class ResourceStates {
    private final ConcurrentMap<String, Map<String, ResourceState>> byUser = new ConcurrentHashMap<>();

    /**
     * Applies a resource's broadcast presence.
     *
     * @param address  the resource's full JID
     * @param presence the (bounded) broadcast presence, available or unavailable; kept as it is, so the caller
     *                 hands it over and must not change it afterwards
     * @param now      when it was received
     */
    public Transition apply(JID address, Presence presence, Instant now) {
        Transition[] result = new Transition[1];
        // compute() serializes updates of one user, so "last resource gone" is decided exactly once.
        byUser.compute(address.getNode(), (user, resources) -> {
            Map<String, ResourceState> current = resources == null ? new ConcurrentHashMap<>() : resources;
            ResourceState previous = current.get(address.getResource());
            Presence previousPresence = previous == null ? null : previous.stanza();
            boolean changed = PresenceChange.isChange(previousPresence, presence);
            Instant since = changed || previous == null ? now : previous.since();
            if (presence.isAvailable()) {
                current.put(address.getResource(), new ResourceState(address, presence, since));
            } else {
                current.remove(address.getResource());
            }
            boolean lastGone = previous != null && !presence.isAvailable() && current.isEmpty();
            result[0] = new Transition(changed, previous == null && presence.isAvailable(), lastGone, since);
            return current.isEmpty() ? null : current;
        });
        return result[0];
    }

    /** The state of one resource, if it is available. */
    public Optional<ResourceState> find(JID address) {
        Map<String, ResourceState> resources = byUser.get(address.getNode());
        return resources == null ? Optional.empty() : Optional.ofNullable(resources.get(address.getResource()));
    }

    /** The user's available resources, oldest state first. */
    public List<ResourceState> available(String username) {
        Map<String, ResourceState> resources = byUser.get(username);
        if (resources == null) {
            return List.of();
        }
        List<ResourceState> result = new ArrayList<>(resources.values());
        result.sort(Comparator.comparing(ResourceState::since));
        return result;
    }

    /** The users with at least one available resource, sorted. */
    public Set<String> onlineUsers() {
        return new TreeSet<>(byUser.keySet());
    }

    public boolean isOnline(String username) {
        return byUser.containsKey(username);
    }
}

package org.lastpresence.privacy;

import java.util.Set;

import org.xmpp.packet.JID;

/** What a user's own rules let one recipient see: which live resources, and the offline presence (rule V1). */
public final class Visibility {
    /** No rule hides anything. */
    public static final Visibility ALL = new Visibility(Set.of(), false);

    private final Set<JID> hiddenResources;
    private final boolean offlineHidden;

    private Visibility(Set<JID> hiddenResources, boolean offlineHidden) {
        this.hiddenResources = hiddenResources;
        this.offlineHidden = offlineHidden;
    }

    /** These live resources are hidden from the recipient. */
    public static Visibility hidingResources(Set<JID> resources) {
        return resources.isEmpty() ? ALL : new Visibility(Set.copyOf(resources), false);
    }

    /** The offline presence (and its stamp) is hidden from the recipient. */
    public static Visibility hidingOffline() {
        return new Visibility(Set.of(), true);
    }

    public boolean shows(JID resource) {
        return !hiddenResources.contains(resource);
    }

    public boolean showsOffline() {
        return !offlineHidden;
    }

    @Override
    public String toString() {
        return offlineHidden ? "offline hidden" : "hidden resources " + hiddenResources;
    }
}

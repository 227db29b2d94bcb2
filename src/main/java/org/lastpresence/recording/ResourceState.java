package org.lastpresence.recording;

import java.time.Instant;
import java.util.Optional;

import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** One available resource: its presence as Openfire holds it (a copy) and since when it is in that state. */
public final class ResourceState {
    private final JID address;
    private final Presence presence;
    private final Instant since;

    public ResourceState(JID address, Presence presence, Instant since) {
        this.address = address;
        this.presence = presence;
        this.since = since;
    }

    /** The full JID of the resource. */
    public JID address() {
        return address;
    }

    /** A copy of the stored presence, safe to modify. */
    public Presence presence() {
        return presence.createCopy();
    }

    public Instant since() {
        return since;
    }

    /** The {@code <show/>} value ("away", "chat", "dnd", "xa"), empty for plain available. */
    public Optional<String> show() {
        return Optional.ofNullable(presence.getElement().elementText("show"));
    }

    public Optional<String> status() {
        return Optional.ofNullable(presence.getStatus());
    }
}

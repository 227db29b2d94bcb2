package org.lastpresence.it.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jivesoftware.openfire.component.InternalComponentManager;
import org.xmpp.component.Component;
import org.xmpp.component.ComponentException;
import org.xmpp.component.ComponentManager;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;
import org.xmpp.packet.Presence;

/** An internal component registered by a test: it can send probes and records the presences it receives. */
public final class ProbingComponent implements Component {
    private final String subdomain;
    private final List<Presence> received = new ArrayList<>();
    private ComponentManager manager;

    private ProbingComponent(String subdomain) {
        this.subdomain = subdomain;
    }

    /** Registers a component at {@code subdomain.localhost}, the way a plugin registers one. */
    public static ProbingComponent register(String subdomain) {
        ProbingComponent component = new ProbingComponent(subdomain);
        try {
            InternalComponentManager.getInstance().addComponent(subdomain, component);
        } catch (ComponentException e) {
            throw new IllegalStateException("Cannot register " + subdomain, e);
        }
        return component;
    }

    public String domain() {
        return subdomain + "." + EmbeddedOpenfire.DOMAIN;
    }

    /** Sends a probe from this component. */
    public void probe(String to) {
        Presence probe = new Presence(Presence.Type.probe);
        probe.setFrom(domain());
        probe.setTo(to);
        try {
            manager.sendPacket(this, probe);
        } catch (ComponentException e) {
            throw new IllegalStateException("Cannot send " + probe.toXML(), e);
        }
    }

    /** Waits for a received presence that matches, and returns it. */
    public synchronized Presence await(Predicate<Presence> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Presence presence : received) {
                if (matching.test(presence)) {
                    return presence;
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("No matching presence at " + domain() + " within " + timeout + "; got "
                        + received);
            }
            try {
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }

    public void unregister() {
        InternalComponentManager.getInstance().removeComponent(subdomain);
    }

    @Override
    public synchronized void processPacket(Packet packet) {
        if (packet instanceof Presence) {
            received.add((Presence) packet);
            notifyAll();
        }
    }

    @Override
    public void initialize(JID jid, ComponentManager componentManager) {
        this.manager = componentManager;
    }

    @Override
    public String getName() {
        return "probing test component";
    }

    @Override
    public String getDescription() {
        return "Sends probes and records presence, for tests.";
    }

    @Override
    public void start() {
    }

    @Override
    public void shutdown() {
    }
}

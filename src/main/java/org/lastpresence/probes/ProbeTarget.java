package org.lastpresence.probes;

import java.util.function.Predicate;

import org.xmpp.packet.JID;

/** What a probe is addressed to, as far as this server is concerned. */
public enum ProbeTarget {
    /** A (possibly non-existent) user of this server, bare or full JID. */
    LOCAL_USER,
    /** This server's own domain (any resource of it). */
    SERVER,
    /** A component registered on this server (MUC, pubsub, external components). */
    COMPONENT,
    /** Anything else: remote entities, or addresses the plugin leaves to Openfire. */
    ELSEWHERE;

    /**
     * @param to          the probe's {@code to}
     * @param domain      this server's XMPP domain
     * @param isComponent whether a domain belongs to a registered component
     */
    public static ProbeTarget of(JID to, String domain, Predicate<String> isComponent) {
        if (to == null) {
            return ELSEWHERE;
        }
        if (domain.equals(to.getDomain())) {
            if (to.getNode() != null) {
                return LOCAL_USER;
            }
            // With or without a resource: Openfire's own handling of either closes the prober's stream.
            return SERVER;
        }
        return to.getNode() == null && to.getResource() == null && isComponent.test(to.getDomain())
                ? COMPONENT : ELSEWHERE;
    }
}

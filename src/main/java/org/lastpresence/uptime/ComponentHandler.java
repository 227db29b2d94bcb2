package org.lastpresence.uptime;

import java.time.Instant;
import java.util.function.Consumer;

import org.lastpresence.PluginContext;
import org.lastpresence.PluginCounters;
import org.lastpresence.settings.LiveSettings;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/**
 * Answers probes of the server domain and of its components with since when they are up (rules U1-U3,
 * docs/CONTRACT.md); the probe handler decides which probes come here and applies the rate limit.
 */
public final class ComponentHandler {
    private final String domain;
    private final LiveSettings settings;
    private final Uptimes uptimes;
    private final Consumer<Presence> deliverer;
    private final PluginCounters counters;

    /** @param deliverer sends a stanza to its {@code to} without running presence handling on it */
    public ComponentHandler(PluginContext context, Uptimes uptimes) {
        this.domain = context.domain();
        this.settings = context.settings();
        this.uptimes = uptimes;
        this.deliverer = context::deliver;
        this.counters = context.counters();
    }

    /** Whether the domain belongs to a component registered on this server. */
    public boolean isComponent(String componentDomain) {
        return uptimes.component(componentDomain).isPresent();
    }

    /** U1: a probe of this server's domain, answered with the server's start time. */
    public void answerServer(Presence probe) {
        answer(probe, uptimes.serverStarted());
    }

    /** U2: a probe of a component, answered with its registration time (nothing if it is gone meanwhile). */
    public void answerComponent(Presence probe) {
        uptimes.component(probe.getTo().getDomain()).ifPresent(since -> answer(probe, since));
    }

    private void answer(Presence probe, Instant upSince) {
        JID prober = probe.getFrom();
        UptimeProbeAnswer.answer(prober, new JID(probe.getTo().getDomain()), upSince, settings.uptimeVisibility(),
                proberOf(prober), settings.stampPrecision()).ifPresent(answer -> {
                    deliverer.accept(answer);
                    counters.probeAnswered();
                    counters.stampAdded();
                });
    }

    /** U3's "local": a user of this server or one of its components. */
    private UptimeProbeAnswer.Prober proberOf(JID prober) {
        return domain.equals(prober.getDomain()) || isComponent(prober.getDomain())
                ? UptimeProbeAnswer.Prober.LOCAL : UptimeProbeAnswer.Prober.REMOTE;
    }
}

package org.lastpresence;

import java.time.Clock;
import java.util.function.Consumer;

import org.lastpresence.logging.FailureLog;
import org.lastpresence.settings.LiveSettings;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** What most of the plugin's parts need: domain, clock, settings, counters, failure log and delivery. */
public final class PluginContext {
    private final String domain;
    private final Clock clock;
    private final LiveSettings settings;
    private final PluginCounters counters;
    private final FailureLog failures;
    private final Consumer<Presence> deliverer;

    public PluginContext(String domain, Clock clock, LiveSettings settings, PluginCounters counters,
                         FailureLog failures, Consumer<Presence> deliverer) {
        this.domain = domain;
        this.clock = clock;
        this.settings = settings;
        this.counters = counters;
        this.failures = failures;
        this.deliverer = deliverer;
    }

    /** This server's XMPP domain. */
    public String domain() {
        return domain;
    }

    public Clock clock() {
        return clock;
    }

    public LiveSettings settings() {
        return settings;
    }

    public PluginCounters counters() {
        return counters;
    }

    public FailureLog failures() {
        return failures;
    }

    /** Sends a stanza to its {@code to} without Openfire's presence handling running on it. */
    public void deliver(Presence presence) {
        deliverer.accept(presence);
    }

    /** A user's resource of this server (node, domain and resource). */
    public boolean isLocalResource(JID jid) {
        return jid != null && jid.getNode() != null && jid.getResource() != null && domain.equals(jid.getDomain());
    }
}

package org.lastpresence;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.lastpresence.lastactivity.LastActivityResults;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.privacy.PrivacyRulesSource;
import org.lastpresence.probes.ProbeEchoes;
import org.lastpresence.probes.ProbeHandler;
import org.lastpresence.probes.ProbeRateLimiter;
import org.lastpresence.probes.Rosters;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.sessions.SessionTimes;
import org.lastpresence.settings.PropertySource;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.stamps.DeliveryStamper;
import org.lastpresence.stamps.LoginReplay;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.RecordDatabase;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.Presence;

/** Builds the plugin's parts from what Openfire provides (or what a test provides instead). */
final class LastPresenceCore {
    private final PluginServices services;
    private final PresenceRecorder recorder;
    private final LastPresenceInterceptor interceptor;
    private final OpenfireEvents events;

    /**
     * @param deliverer      sends a stanza to its {@code to} without presence handling running on it
     * @param answerExecutor where probes of users are answered, off the packet threads
     */
    LastPresenceCore(String domain, Clock clock, Instant serverStarted, PropertySource properties,
                     RecordDatabase database, Rosters rosters, PrivacyRulesSource privacy,
                     Consumer<Presence> deliverer, Executor answerExecutor) {
        PluginCounters counters = new PluginCounters(clock);
        LastPresenceStore store = new LastPresenceStore(database);
        ResourceStates resources = new ResourceStates();
        Uptimes uptimes = new Uptimes(serverStarted);
        services = new PluginServices(clock, properties, store, resources, counters, uptimes);

        DeliveryContext context = new DeliveryContext();
        Disclosure disclosure = new Disclosure(privacy);
        FailureLog failures = new FailureLog(LoggerFactory.getLogger("org.lastpresence"), clock);
        recorder = new PresenceRecorder(clock, services.settings(), resources, store, counters);
        ProbeRateLimiter limiter = new ProbeRateLimiter(clock, services.settings());
        ProbeHandler probes = new ProbeHandler(domain, services.settings(), resources, services.records(), uptimes,
                rosters, limiter, answerExecutor, deliverer, counters, disclosure, failures);
        DeliveryStamper stamper = new DeliveryStamper(domain, services.settings(), resources, services.records(),
                context, disclosure, counters, failures);
        LoginReplay loginReplay = new LoginReplay(domain, services.settings(), resources, services.records(), rosters,
                disclosure, answerExecutor, deliverer, counters, failures);
        interceptor = new LastPresenceInterceptor(domain, services.settings(), recorder, probes, new ProbeEchoes(),
                context, stamper, loginReplay, counters, failures, new SessionTimes(clock),
                new LastActivityResults(domain, services.settings(), resources, services.records(), disclosure, clock));
        events = new OpenfireEvents(clock, recorder, limiter, store, uptimes);
    }

    PluginServices services() {
        return services;
    }

    PresenceRecorder recorder() {
        return recorder;
    }

    LastPresenceInterceptor interceptor() {
        return interceptor;
    }

    OpenfireEvents events() {
        return events;
    }
}

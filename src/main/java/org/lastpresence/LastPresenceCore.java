package org.lastpresence;

import java.util.function.BooleanSupplier;

import org.lastpresence.lastactivity.LastActivityResults;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.privacy.Disclosure;
import org.lastpresence.probes.ProbeEchoes;
import org.lastpresence.probes.ProbeHandler;
import org.lastpresence.probes.ProbeRateLimiter;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.sessions.SessionTimes;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.stamps.DeliveryContext;
import org.lastpresence.stamps.DeliveryStamper;
import org.lastpresence.stamps.LoginReplay;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.uptime.ComponentHandler;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of the plugin from its {@link Surroundings} and nothing else, so tests
 * build the very same plugin around fakes (two cores sharing one set of maps make a cluster).
 */
final class LastPresenceCore {
    private final PluginContext context;
    private final PluginServices services;
    private final PresenceRecorder recorder;
    private final LastPresenceInterceptor interceptor;
    private final OpenfireEvents events;

    /** @param senior whether this node is the cluster's senior member (always, on one server) */
    LastPresenceCore(Surroundings around, BooleanSupplier senior) {
        LiveSettings settings = new LiveSettings(around.properties);
        PluginCounters counters = new PluginCounters(around.clock);
        FailureLog failures = new FailureLog(LoggerFactory.getLogger("org.lastpresence"), around.clock);
        context = new PluginContext(around.domain, around.clock, settings, counters, failures, around.deliverer);

        LastPresenceStore store = new LastPresenceStore(around.database, around.caches.apply(Surroundings.RECORD_CACHE),
                around.clock);
        VisibleRecords records = new VisibleRecords(store, settings, around.clock);
        ResourceStates resources = new ResourceStates(around.sessions, around.caches.apply(Surroundings.SINCE_CACHE),
                around.node);
        Uptimes uptimes = new Uptimes(around.serverStarted, around.caches.apply(Surroundings.UPTIME_CACHE),
                around.node);
        services = new PluginServices(around.clock, around.properties, settings, store, records, resources, counters,
                uptimes);

        Disclosure disclosure = new Disclosure(around.privacy);
        DeliveryContext delivery = new DeliveryContext();
        recorder = new PresenceRecorder(around.clock, settings, resources, store, counters);
        ProbeRateLimiter limiter = new ProbeRateLimiter(around.clock, settings);
        ProbeHandler probes = new ProbeHandler(context, resources, records, new ComponentHandler(context, uptimes),
                around.rosters, limiter, disclosure, delivery, around.answerExecutor);
        DeliveryStamper stamper = new DeliveryStamper(context, resources, records, delivery, disclosure);
        LoginReplay loginReplay = new LoginReplay(context, resources, records, around.rosters, disclosure,
                around.answerExecutor);
        interceptor = new LastPresenceInterceptor(context, recorder, probes, new ProbeEchoes(), delivery, stamper,
                loginReplay, new SessionTimes(around.clock), new LastActivityResults(around.domain, settings,
                        resources, records, disclosure, around.clock));
        events = new OpenfireEvents(around.clock, recorder, limiter, store, uptimes, resources, senior);
    }

    PluginContext context() {
        return context;
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

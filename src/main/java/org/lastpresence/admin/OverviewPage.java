package org.lastpresence.admin;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lastpresence.PluginCounters;
import org.lastpresence.PluginServices;
import org.lastpresence.stamps.DelayStamps;
import org.lastpresence.stamps.StampPrecision;

/**
 * The overview page: since when the server and its components are up, what the plugin did since start, and its
 * activity over the last 24 hours.
 */
public final class OverviewPage implements PageOutcome {
    private final PluginServices services;
    private final AdminMessages messages;
    private final HumanDuration durations;
    private final Instant now;

    public OverviewPage(PluginServices services, AdminMessages messages) {
        this.services = services;
        this.messages = messages;
        this.durations = new HumanDuration(messages);
        // One instant for the whole page, so every "ago" on it is measured from the same moment.
        this.now = services.clock().instant();
    }

    /** The overview only shows: every request renders it. */
    public static OverviewPage handle(PageRequest request, PluginServices services, AdminMessages messages) {
        return new OverviewPage(services, messages);
    }

    /** Presence changes recorded, probes answered and probes rate-limited per hour, over the last 24 hours. */
    public ActivityChart activity() {
        return new ActivityChart(services.counters().activity().lastDay(), messages);
    }

    public String serverStarted() {
        return DelayStamps.format(StampPrecision.SECOND.truncate(services.uptimes().serverStarted()));
    }

    /** "up 3 days 4 hours". */
    public String serverUptime() {
        return durations.uptime(Duration.between(services.uptimes().serverStarted(), now));
    }

    public boolean enabled() {
        return services.settings().enabled();
    }

    /** Every registered component, sorted by domain. */
    public List<ComponentRow> components() {
        List<ComponentRow> rows = new ArrayList<>();
        for (Map.Entry<String, Instant> component : services.uptimes().components().entrySet()) {
            Instant registered = component.getValue();
            rows.add(new ComponentRow(component.getKey(),
                    DelayStamps.format(StampPrecision.SECOND.truncate(registered)),
                    durations.uptime(Duration.between(registered, now))));
        }
        return rows;
    }

    /** The live counters since the plugin started, as label and formatted number. */
    public List<Counter> counters() {
        PluginCounters counters = services.counters();
        List<Counter> result = new ArrayList<>();
        result.add(counter("lastpresence.overview.counter.presenceChanges", counters.presenceChanges()));
        result.add(counter("lastpresence.overview.counter.recordsStored", counters.recordsStored()));
        result.add(counter("lastpresence.overview.counter.probesAnswered", counters.probesAnswered()));
        result.add(counter("lastpresence.overview.counter.probesRateLimited", counters.probesRateLimited()));
        result.add(counter("lastpresence.overview.counter.stampsAdded", counters.stampsAdded()));
        result.add(counter("lastpresence.overview.counter.forgedDelaysRemoved", counters.forgedDelaysRemoved()));
        result.add(counter("lastpresence.overview.counter.recordsKept", services.store().size()));
        result.add(counter("lastpresence.overview.counter.usersOnline", services.resources().onlineUsers().size()));
        return result;
    }

    private Counter counter(String key, long value) {
        return new Counter(key, messages.text(key), NumberFormat.getIntegerInstance(messages.locale()).format(value));
    }

    /** A component's row: domain, registration time (ISO) and "up …". */
    public static final class ComponentRow {
        private final String domain;
        private final String registered;
        private final String uptime;

        ComponentRow(String domain, String registered, String uptime) {
            this.domain = domain;
            this.registered = registered;
            this.uptime = uptime;
        }

        public String domain() {
            return domain;
        }

        public String registered() {
            return registered;
        }

        public String uptime() {
            return uptime;
        }
    }

    /** One counter: its key (an id for the page), label and value. */
    public static final class Counter {
        private final String key;
        private final String label;
        private final String value;

        Counter(String key, String label, String value) {
            this.key = key;
            this.label = label;
            this.value = value;
        }

        /** A stable id for the counter's cell: the last part of its i18n key. */
        public String id() {
            return key.substring(key.lastIndexOf('.') + 1);
        }

        public String label() {
            return label;
        }

        public String value() {
            return value;
        }
    }
}

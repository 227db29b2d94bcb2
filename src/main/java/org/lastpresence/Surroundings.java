package org.lastpresence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.lastpresence.privacy.PrivacyRulesSource;
import org.lastpresence.probes.Rosters;
import org.lastpresence.recording.LiveSessions;
import org.lastpresence.settings.PropertySource;
import org.lastpresence.store.RecordDatabase;
import org.xmpp.packet.Presence;

/**
 * Everything the plugin takes from around it: Openfire's domain, node, clock, properties, database, rosters,
 * privacy lists, sessions and caches in production ({@link LastPresencePlugin}), fakes in tests. The composition
 * root ({@link LastPresenceCore}) builds every part from this alone.
 */
public final class Surroundings {
    /** The names of the plugin's Openfire caches, each a map of Strings. */
    public static final String SINCE_CACHE = "Last Presence Since";
    public static final String RECORD_CACHE = "Last Presence Records";
    public static final String UPTIME_CACHE = "Last Presence Uptimes";

    final String domain;
    final Supplier<String> node;
    final Clock clock;
    final Instant serverStarted;
    final PropertySource properties;
    final RecordDatabase database;
    final Rosters rosters;
    final PrivacyRulesSource privacy;
    final LiveSessions sessions;
    final Function<String, Map<String, String>> caches;
    final Consumer<Presence> deliverer;
    final Executor answerExecutor;

    private Surroundings(Builder builder) {
        this.domain = Objects.requireNonNull(builder.domain, "domain");
        this.node = Objects.requireNonNull(builder.node, "node");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.serverStarted = Objects.requireNonNull(builder.serverStarted, "serverStarted");
        this.properties = Objects.requireNonNull(builder.properties, "properties");
        this.database = Objects.requireNonNull(builder.database, "database");
        this.rosters = Objects.requireNonNull(builder.rosters, "rosters");
        this.privacy = Objects.requireNonNull(builder.privacy, "privacy");
        this.sessions = Objects.requireNonNull(builder.sessions, "sessions");
        this.caches = Objects.requireNonNull(builder.caches, "caches");
        this.deliverer = Objects.requireNonNull(builder.deliverer, "deliverer");
        this.answerExecutor = Objects.requireNonNull(builder.answerExecutor, "answerExecutor");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the surroundings; every part must be given (caches default to plain maps: one server). */
    public static final class Builder {
        private String domain;
        private Supplier<String> node = () -> "local";
        private Clock clock = Clock.systemUTC();
        private Instant serverStarted;
        private PropertySource properties;
        private RecordDatabase database;
        private Rosters rosters;
        private PrivacyRulesSource privacy;
        private LiveSessions sessions;
        private Function<String, Map<String, String>> caches = new PlainCaches();
        private Consumer<Presence> deliverer;
        private Executor answerExecutor;

        private Builder() {
        }

        public Builder domain(String xmppDomain) {
            this.domain = xmppDomain;
            return this;
        }

        /** This cluster node's id, asked each time it is needed (it changes when the node joins a cluster). */
        public Builder node(Supplier<String> nodeId) {
            this.node = nodeId;
            return this;
        }

        public Builder clock(Clock time) {
            this.clock = time;
            return this;
        }

        public Builder serverStarted(Instant started) {
            this.serverStarted = started;
            return this;
        }

        public Builder properties(PropertySource source) {
            this.properties = source;
            return this;
        }

        public Builder database(RecordDatabase recordDatabase) {
            this.database = recordDatabase;
            return this;
        }

        public Builder rosters(Rosters source) {
            this.rosters = source;
            return this;
        }

        public Builder privacy(PrivacyRulesSource source) {
            this.privacy = source;
            return this;
        }

        public Builder sessions(LiveSessions source) {
            this.sessions = source;
            return this;
        }

        /** The plugin's caches by name (Openfire's, clustered when Openfire is). */
        public Builder caches(Function<String, Map<String, String>> byName) {
            this.caches = byName;
            return this;
        }

        /** Sends a stanza to its {@code to} without presence handling running on it. */
        public Builder deliverer(Consumer<Presence> sender) {
            this.deliverer = sender;
            return this;
        }

        /** Where probes of users and login replays are answered, off the packet threads. */
        public Builder answerExecutor(Executor executor) {
            this.answerExecutor = executor;
            return this;
        }

        public Surroundings build() {
            return new Surroundings(this);
        }
    }

    /** One plain map per name: the caches of a single server, and of tests. */
    private static final class PlainCaches implements Function<String, Map<String, String>> {
        private final Map<String, Map<String, String>> maps = new ConcurrentHashMap<>();

        @Override
        public Map<String, String> apply(String name) {
            return maps.computeIfAbsent(name, key -> new ConcurrentHashMap<>());
        }
    }
}

package org.lastpresence;

import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.component.InternalComponentManager;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.event.SessionEventDispatcher;
import org.jivesoftware.openfire.event.UserEventDispatcher;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.privacy.PrivacyListManager;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.ComponentSession;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.lastpresence.privacy.OpenfirePrivacyListEvents;
import org.lastpresence.privacy.OpenfirePrivacyRules;
import org.lastpresence.privacy.PrivacyListCensus;
import org.lastpresence.probes.OpenfireRosters;
import org.lastpresence.recording.OpenfireSessions;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.settings.OpenfireProperties;
import org.lastpresence.settings.Settings;
import org.lastpresence.store.JdbcRecordDatabase;
import org.lastpresence.store.PendingChangesFile;
import org.lastpresence.store.StoreMaintenance;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.Presence;

/**
 * Openfire entry point: builds the plugin around Openfire ({@link Surroundings}, {@link LastPresenceCore}), hooks
 * it into Openfire, and on unload undoes each step in reverse order.
 */
public class LastPresencePlugin implements Plugin {
    private static final Logger LOG = LoggerFactory.getLogger(LastPresencePlugin.class);
    /** Where changes that could not be written at a stop wait for the next start (S2). */
    static final String PENDING_CHANGES_FILE = "pending-changes.bin";

    // The admin pages reach the running plugin through this: PluginManager.getPlugin(String) is not stable
    // across versions.
    private static volatile PluginServices services;

    // What initializePlugin did, to be undone last-first by destroyPlugin.
    private final Deque<Runnable> undo = new ArrayDeque<>();

    /** The running plugin's services, empty while the plugin is not loaded. */
    public static Optional<PluginServices> services() {
        return Optional.ofNullable(services);
    }

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        XMPPServer server = XMPPServer.getInstance();
        Clock clock = Clock.systemUTC();
        // One thread: answers leave in the order the probes came, and roster loads never pile up on the database.
        ExecutorService answers = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lastpresence-probes");
            thread.setDaemon(true);
            return thread;
        });
        undo.push(() -> stop(answers));
        OpenfireProperties properties = new OpenfireProperties();
        // The settings stop following property changes: Openfire's dispatcher must not keep the unloaded plugin.
        undo.push(properties::close);
        LiveSettings settings = new LiveSettings(properties);

        // Listening first: a list created while the count runs is not lost.
        PrivacyListCensus census = new PrivacyListCensus(ClusterManager::isClusteringStarted);
        OpenfirePrivacyListEvents privacyEvents = new OpenfirePrivacyListEvents(census);
        PrivacyListManager.getInstance().addListener(privacyEvents);
        undo.push(() -> PrivacyListManager.getInstance().removeListener(privacyEvents));
        privacyEvents.count();

        Surroundings around = Surroundings.builder()
                .domain(server.getServerInfo().getXMPPDomain())
                .node(new CurrentNodeId())
                .clock(clock)
                .serverStarted(startTime(server.getServerInfo().getLastStarted(), clock))
                .properties(properties)
                .database(new JdbcRecordDatabase())
                .rosters(new OpenfireRosters())
                .privacy(new OpenfirePrivacyRules(census))
                .sessions(new OpenfireSessions())
                .caches(name -> cache(name, settings))
                .deliverer(LastPresencePlugin::deliver)
                .answerExecutor(answers)
                .build();
        LastPresenceCore core = new LastPresenceCore(around, ClusterManager::isSeniorClusterMember);
        PluginServices parts = core.services();

        seedComponents(server, parts.uptimes());
        seedSessions(server, core.recorder());
        StoreMaintenance maintenance = new StoreMaintenance(parts.store(), parts.settings(), clock,
                new PendingChangesFile(pluginDirectory.toPath().resolve(PENDING_CHANGES_FILE)),
                ClusterManager::isSeniorClusterMember);
        maintenance.start();
        undo.push(maintenance::close);
        // Openfire may close the remaining sessions after plugins are gone: when it stops, they go offline now,
        // before the store's last write (undone in reverse, so this runs first).
        undo.push(() -> {
            if (XMPPServer.getInstance().isShuttingDown()) {
                core.recorder().nodeGone(core.services().resources().node());
            }
        });

        OpenfireEvents events = core.events();
        SessionEventDispatcher.addListener(events);
        undo.push(() -> SessionEventDispatcher.removeListener(events));
        UserEventDispatcher.addListener(events);
        undo.push(() -> UserEventDispatcher.removeListener(events));
        InternalComponentManager.getInstance().addListener(events);
        undo.push(() -> InternalComponentManager.getInstance().removeListener(events));
        ClusterManager.addListener(events);
        undo.push(() -> ClusterManager.removeListener(events));
        InterceptorManager.getInstance().addInterceptor(core.interceptor());
        undo.push(() -> InterceptorManager.getInstance().removeInterceptor(core.interceptor()));

        services = parts;
        undo.push(() -> services = null);
        LOG.info("Last Presence started on node {}: {} components known.", parts.resources().node(),
                parts.uptimes().components().size());
    }

    @Override
    public void destroyPlugin() {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                LOG.warn("Last Presence could not undo one step of its start; going on with the others.", e);
            }
        }
        LOG.info("Last Presence stopped.");
    }

    /**
     * One of the plugin's Openfire caches, clustered when Openfire is. Never destroyed at unload: other nodes
     * still use a clustered one. The live-state caches must not lose entries; the record cache is bounded (S1).
     */
    // createCache is declared with a raw Cache type bound in every Openfire version.
    @SuppressWarnings("unchecked")
    private static Map<String, String> cache(String name, LiveSettings settings) {
        if (Surroundings.RECORD_CACHE.equals(name)) {
            CacheFactory.setMaxSizeProperty(name, settings.value(Settings.CACHE_SIZE_MB) * 1024L * 1024L);
            CacheFactory.setMaxLifetimeProperty(name, settings.value(Settings.CACHE_LIFETIME_MINUTES) * 60_000L);
        } else {
            CacheFactory.setMaxSizeProperty(name, -1);
            CacheFactory.setMaxLifetimeProperty(name, -1);
        }
        Cache<String, String> cache = CacheFactory.createCache(name);
        return cache;
    }

    private static void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant startTime(Date lastStarted, Clock clock) {
        return lastStarted == null ? clock.instant() : lastStarted.toInstant();
    }

    /**
     * Components registered before the plugin loaded: an external component's session tells when it connected;
     * the internal ones (MUC, pubsub, proxy) register while the server boots, so the server start time stands.
     */
    private static void seedComponents(XMPPServer server, Uptimes uptimes) {
        SessionManager sessions = server.getSessionManager();
        for (String component : server.getRoutingTable().getComponentsDomains()) {
            ComponentSession external = sessions.getComponentSession(component);
            Instant since = external != null && external.getCreationDate() != null
                    ? external.getCreationDate().toInstant() : uptimes.serverStarted();
            uptimes.registered(component, since);
        }
    }

    /** This node's users online before the plugin loaded: their state is taken as begun with their session. */
    private static void seedSessions(XMPPServer server, PresenceRecorder recorder) {
        for (ClientSession session : server.getRoutingTable().getClientsRoutes(true)) {
            Presence presence = session.getPresence();
            if (presence != null && presence.isAvailable() && session.getAddress().getNode() != null) {
                recorder.seed(session.getAddress(), presence, session.getCreationDate().toInstant());
            }
        }
    }

    // PacketDeliverer is the one stable way, 4.2.0 to 5.x, to send a stanza without presence handling running on it.
    private static void deliver(Presence presence) {
        try {
            XMPPServer.getInstance().getPacketDeliverer().deliver(presence);
        } catch (Exception e) {
            LOG.warn("Could not deliver a presence from " + presence.getFrom() + " to " + presence.getTo(), e);
        }
    }
}

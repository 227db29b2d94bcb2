package org.lastpresence;

import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.openfire.SessionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.component.InternalComponentManager;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.event.SessionEventDispatcher;
import org.jivesoftware.openfire.event.UserEventDispatcher;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.session.ClientSession;
import org.jivesoftware.openfire.session.ComponentSession;
import org.lastpresence.privacy.OpenfirePrivacyRules;
import org.lastpresence.probes.OpenfireRosters;
import org.lastpresence.recording.PresenceRecorder;
import org.lastpresence.recording.StanzaBounds;
import org.lastpresence.settings.OpenfireProperties;
import org.lastpresence.store.JdbcRecordDatabase;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.PendingChangesFile;
import org.lastpresence.store.StoreException;
import org.lastpresence.store.StoreMaintenance;
import org.lastpresence.uptime.Uptimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.Presence;

/** Openfire entry point: builds the plugin's parts, hooks them into Openfire, and unhooks them on unload. */
public class LastPresencePlugin implements Plugin {
    private static final Logger LOG = LoggerFactory.getLogger(LastPresencePlugin.class);

    // The admin pages reach the running plugin through this: PluginManager.getPlugin(String) is not stable
    // across versions.
    private static volatile PluginServices services;
    /** Where changes that could not be written at a stop wait for the next start (S2). */
    static final String PENDING_CHANGES_FILE = "pending-changes.bin";

    private LastPresenceInterceptor interceptor;
    private OpenfireEvents events;
    private StoreMaintenance maintenance;
    private PresenceRecorder recorder;
    private ExecutorService answerExecutor;
    private OpenfireProperties properties;

    /** The running plugin's services, empty while the plugin is not loaded. */
    public static Optional<PluginServices> services() {
        return Optional.ofNullable(services);
    }

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        XMPPServer server = XMPPServer.getInstance();
        String domain = server.getServerInfo().getXMPPDomain();
        Clock clock = Clock.systemUTC();
        // One thread: answers leave in the order the probes came, and roster loads never pile up on the database.
        answerExecutor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lastpresence-probes");
            thread.setDaemon(true);
            return thread;
        });
        properties = new OpenfireProperties();
        LastPresenceCore core = new LastPresenceCore(domain, clock,
                startTime(server.getServerInfo().getLastStarted(), clock), properties,
                new JdbcRecordDatabase(), new OpenfireRosters(), new OpenfirePrivacyRules(),
                LastPresencePlugin::deliver, answerExecutor);
        PluginServices parts = core.services();
        LastPresenceStore store = parts.store();
        Uptimes uptimes = parts.uptimes();
        try {
            store.load();
        } catch (StoreException e) {
            LOG.error("Could not load the stored last-presence records; probes of offline users answer as never seen.",
                    e);
        }
        interceptor = core.interceptor();
        events = core.events();
        recorder = core.recorder();

        seedComponents(server, uptimes);
        seedSessions(recorder);
        maintenance = new StoreMaintenance(store, parts.settings(), clock,
                new PendingChangesFile(pluginDirectory.toPath().resolve(PENDING_CHANGES_FILE)));
        maintenance.start();
        InterceptorManager.getInstance().addInterceptor(interceptor);
        SessionEventDispatcher.addListener(events);
        UserEventDispatcher.addListener(events);
        InternalComponentManager.getInstance().addListener(events);
        services = parts;
        LOG.info("Last Presence started: {} stored records, {} components known.", store.size(),
                uptimes.components().size());
    }

    @Override
    public void destroyPlugin() {
        services = null;
        if (interceptor != null) {
            InterceptorManager.getInstance().removeInterceptor(interceptor);
        }
        if (events != null) {
            SessionEventDispatcher.removeListener(events);
            UserEventDispatcher.removeListener(events);
            InternalComponentManager.getInstance().removeListener(events);
        }
        if (answerExecutor != null) {
            answerExecutor.shutdown();
            try {
                answerExecutor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (recorder != null && XMPPServer.getInstance().isShuttingDown()) {
            // Openfire may close the remaining sessions after plugins are gone: they go offline now.
            recorder.serverStopping();
        }
        if (maintenance != null) {
            maintenance.close();
        }
        if (properties != null) {
            // The settings stop following property changes: Openfire's dispatcher must not keep the unloaded plugin.
            properties.close();
        }
        LOG.info("Last Presence stopped.");
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

    /** Users online before the plugin loaded: their state is taken as begun when their session started. */
    private static void seedSessions(PresenceRecorder recorder) {
        for (ClientSession session : SessionManager.getInstance().getSessions()) {
            Presence presence = session.getPresence();
            if (presence != null && presence.isAvailable() && session.getAddress().getNode() != null) {
                recorder.seed(session.getAddress(), StanzaBounds.bound(presence),
                        session.getCreationDate().toInstant());
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

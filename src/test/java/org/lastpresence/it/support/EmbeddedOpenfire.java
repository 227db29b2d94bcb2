package org.lastpresence.it.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginListener;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.util.JiveGlobals;

/**
 * A real Openfire 4.2.0 booted inside this JVM, with the built Last Presence archive installed in its
 * {@code plugins/} directory like an operator upload. One server per JVM: {@link XMPPServer} is a singleton and
 * its shutdown leaves static state behind, so failsafe forks a JVM per test class.
 */
public final class EmbeddedOpenfire implements AutoCloseable {
    public static final String DOMAIN = "localhost";
    public static final String MUC_DOMAIN = "conference." + DOMAIN;
    public static final String PLUGIN_NAME = "lastpresence";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final XMPPServer server;
    private final Path home;
    private final int clientPort;
    private final long bootMillis;
    private final Accounts accounts = new Accounts(DOMAIN);
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedOpenfire(XMPPServer server, Path home, int clientPort, long bootMillis) {
        this.server = server;
        this.home = home;
        this.clientPort = clientPort;
        this.bootMillis = bootMillis;
    }

    /**
     * Options for a boot: port, plugin archive (or none), Openfire properties to set before boot, timeout. Tests
     * boot through {@link OpenfirePerClass}; this directly only in a child JVM's {@code main} and in the demo.
     */
    public static Builder builder(Path home) {
        return new Builder(home);
    }

    /** An empty home directory for one test class, under {@code -Dlastpresence.testHome} (target/openfire-homes). */
    public static Path freshHome(String name) {
        return TestHomes.fresh(name);
    }

    public XMPPServer server() {
        return server;
    }

    public Path home() {
        return home;
    }

    public int clientPort() {
        return clientPort;
    }

    public String domain() {
        return DOMAIN;
    }

    /** Milliseconds from the start of the boot until clients could connect and the plugin was loaded. */
    public long bootMillis() {
        return bootMillis;
    }

    /** Users and roster subscriptions. */
    public Accounts accounts() {
        return accounts;
    }

    /** The loaded Last Presence plugin object (as Openfire's {@link Plugin}; its class lives in the archive). */
    public Optional<Plugin> plugin() {
        return Optional.ofNullable(server.getPluginManager().getPlugin(PLUGIN_NAME));
    }

    /**
     * Copies the archive into {@code plugins/} while the server runs (an upload of a new version) and waits
     * until the plugin monitor (a pass every 5 s in development mode) has loaded and initialised a new plugin
     * instance. The wait is on Openfire's plugin-created event, which comes after {@code initializePlugin}:
     * {@code getPlugin(name)} already returns the new object before that.
     */
    public Plugin installPlugin(Path archive, Duration timeout) {
        AtomicReference<Plugin> created = new AtomicReference<>();
        PluginListener listener = new PluginListener() {
            @Override
            public void pluginCreated(String name, Plugin plugin) {
                if (PLUGIN_NAME.equals(name)) {
                    created.set(plugin);
                }
            }

            @Override
            public void pluginDestroyed(String name, Plugin plugin) {
                // Only the new instance matters.
            }
        };
        PluginManager plugins = server.getPluginManager();
        plugins.addPluginListener(listener);
        try {
            PluginArchive.install(archive, OpenfireHome.pluginsDirectory(home), PLUGIN_NAME);
            return Await.value("plugin " + PLUGIN_NAME + " to be (re)loaded from " + archive, timeout,
                    () -> Optional.ofNullable(created.get()));
        } finally {
            plugins.removePluginListener(listener);
        }
    }

    /** Sets an Openfire system property on the running server (tests only; the plugin itself must not). */
    public void setProperty(String name, String value) {
        JiveGlobals.setProperty(name, value);
    }

    /**
     * Stops the server: closes client sessions, unloads plugins, shuts the embedded database down cleanly (so a
     * later server on the same home finds the data). Idempotent; the JVM cannot boot another server afterwards.
     */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            long started = System.nanoTime();
            server.stop();
            System.out.println("openfire stopped in " + elapsedMillis(started) + " ms");
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Boot options; {@link #start()} boots and waits until the server is usable. */
    public static final class Builder {
        private final Path home;
        private int clientPort;
        private boolean withPlugin = true;
        private Path archive;
        private Duration timeout = DEFAULT_TIMEOUT;
        private ExternalDatabase database;
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder(Path home) {
            this.home = Objects.requireNonNull(home, "home");
        }

        /** The home this server boots on. */
        public Path home() {
            return home;
        }

        /** The plain-TCP client port on 127.0.0.1; a free one when not set. */
        public Builder clientPort(int port) {
            this.clientPort = port;
            return this;
        }

        /** Installs this archive instead of the one named by {@code -Dlastpresence.jar}. */
        public Builder pluginArchive(Path pluginArchive) {
            this.archive = Objects.requireNonNull(pluginArchive, "pluginArchive");
            this.withPlugin = true;
            return this;
        }

        /** Boots a bare Openfire (to observe what the server does without the plugin). */
        public Builder withoutPlugin() {
            this.withPlugin = false;
            return this;
        }

        /** An Openfire system property (e.g. a {@code lastpresence.*} setting) stored before the server boots. */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** Uses this database server instead of the embedded HSQLDB (written into a new home's openfire.xml). */
        public Builder database(ExternalDatabase externalDatabase) {
            this.database = Objects.requireNonNull(externalDatabase, "externalDatabase");
            return this;
        }

        public Builder timeout(Duration bootTimeout) {
            this.timeout = Objects.requireNonNull(bootTimeout, "bootTimeout");
            return this;
        }

        /** Boots the server and returns once clients can connect and (unless disabled) the plugin is loaded. */
        public EmbeddedOpenfire start() {
            if (XMPPServer.getInstance() != null) {
                throw new IllegalStateException("An Openfire already ran in this JVM; use one JVM per server");
            }
            int port = clientPort > 0 ? clientPort : FreePort.find();
            Path pluginArchive = withPlugin ? (archive != null ? archive : PluginArchive.fromSystemProperty()) : null;
            if (pluginArchive != null) {
                ClasspathGuard.requirePluginClassesAbsent();
                PluginArchive.requireLoadableOnOpenfire420(pluginArchive);
            }
            long started = System.nanoTime();
            Path root = OpenfireHome.prepare(home, database);
            if (pluginArchive != null) {
                PluginArchive.installForBoot(pluginArchive, OpenfireHome.pluginsDirectory(root), PLUGIN_NAME);
            }
            long database = openDatabase(root, port);
            long constructed = System.nanoTime();
            XMPPServer server = new XMPPServer();
            if (!server.isStarted()) {
                throw new IllegalStateException("Openfire did not start; see its log above (home " + root + ")");
            }
            long ready = System.nanoTime();
            awaitReady(server, port, pluginArchive != null);
            long bootMillis = elapsedMillis(started);
            System.out.println("openfire booted in " + bootMillis + " ms (database " + database + " ms, XMPPServer "
                    + TimeUnit.NANOSECONDS.toMillis(ready - constructed) + " ms, plugin monitor and client port "
                    + elapsedMillis(ready) + " ms; port " + port + ", plugin "
                    + (pluginArchive != null ? PLUGIN_NAME : "none") + ", home " + root + ")");
            return new EmbeddedOpenfire(server, root, port, bootMillis);
        }

        /** Points Openfire at the home and stores the boot properties; returns the milliseconds it took. */
        private long openDatabase(Path root, int port) {
            long started = System.nanoTime();
            System.setProperty("openfireHome", root.toString());
            // Openfire 4.2.0 reads this for the plugin monitor period: 5 s instead of 20 s for later uploads.
            System.setProperty("developmentMode", "true");
            JiveGlobals.setHomeDirectory(root.toString());
            // The builder's properties first (they still win over the boot defaults): the first property stored
            // initialises CacheFactory, which reads cache.clustering.clustered.class once, right then.
            Map<String, String> all = new LinkedHashMap<>(properties);
            BootProperties.forClientPort(port).forEach(all::putIfAbsent);
            // The first property access opens the embedded database (and creates the schema on a new home).
            JiveGlobals.setProperties(all);
            return elapsedMillis(started);
        }

        private void awaitReady(XMPPServer server, int port, boolean withPluginLoaded) {
            PluginManager plugins = server.getPluginManager();
            // The client listener opens after the plugin monitor's first pass, which loads archives already present.
            Await.until("the first plugin monitor pass (if it never ends, look for 'PluginMonitor - An unexpected "
                    + "exception' in the log above: that pass aborted and the client port stays closed)",
                    timeout, plugins::isExecuted);
            if (withPluginLoaded && plugins.getPlugin(PLUGIN_NAME) == null) {
                throw new IllegalStateException("Plugin " + PLUGIN_NAME + " was not loaded by the first plugin "
                        + "monitor pass; see the PluginManager errors in the log above");
            }
            Await.until("client port " + port + " to accept connections", timeout, () -> FreePort.isAccepting(port));
        }
    }
}

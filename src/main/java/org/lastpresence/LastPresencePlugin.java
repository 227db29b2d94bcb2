package org.lastpresence;

import java.io.File;
import java.util.Optional;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/** Openfire entry point of the Last Presence plugin (being built). */
public class LastPresencePlugin implements Plugin {
    // The admin pages reach the running plugin through this: PluginManager.getPlugin(String) is not stable across versions.
    private static volatile PluginServices services;

    /** The running plugin's services, empty while the plugin is not loaded. */
    public static Optional<PluginServices> services() {
        return Optional.ofNullable(services);
    }

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
    }

    @Override
    public void destroyPlugin() {
        services = null;
    }
}

package org.lastpresence;

import java.io.File;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/** Openfire entry point of the Last Presence plugin (being built). */
public class LastPresencePlugin implements Plugin {
    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
    }

    @Override
    public void destroyPlugin() {
    }
}

package org.lastpresence.it.support;

import java.io.File;

import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;

/**
 * Stand-in for Openfire's "admin" plugin (the admin console web app, not on Maven Central).
 * Openfire 4.2.0's plugin monitor loads "admin" first and fails without it; the client port never opens.
 */
public class NoOpAdminPlugin implements Plugin {
    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        // Nothing to do: the admin console is not needed by the tests.
    }

    @Override
    public void destroyPlugin() {
        // Nothing was started.
    }
}

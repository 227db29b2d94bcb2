package org.lastpresence.it.cluster;

import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginClassLoader;
import org.jivesoftware.openfire.container.PluginManager;

/**
 * Resolves classes that arrive from another node: first the class path, then every loaded plugin's class loader
 * (a cluster task or cached value may be a plugin's class).
 */
final class PluginsClassLoader extends ClassLoader {
    PluginsClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        XMPPServer server = XMPPServer.getInstance();
        PluginManager plugins = server == null ? null : server.getPluginManager();
        if (plugins != null) {
            for (Plugin plugin : plugins.getPlugins()) {
                PluginClassLoader loader = plugins.getPluginClassloader(plugin);
                if (loader == null) {
                    continue;
                }
                try {
                    return loader.loadClass(name);
                } catch (ClassNotFoundException e) {
                    // Try the next plugin.
                }
            }
        }
        throw new ClassNotFoundException(name);
    }
}

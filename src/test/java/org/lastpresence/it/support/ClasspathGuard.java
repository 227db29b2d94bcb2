package org.lastpresence.it.support;

import java.net.URL;

/**
 * Fails fast when the plugin's own classes are visible on the test class path. Openfire's PluginClassLoader
 * asks its parent first, so such classes would shadow the installed archive and the tests would not test it.
 */
final class ClasspathGuard {
    /** Named as a string: harness, tests and demo never import main code. */
    static final String PLUGIN_CLASS = "org.lastpresence.LastPresencePlugin";

    private ClasspathGuard() {
    }

    static void requirePluginClassesAbsent() {
        String resource = PLUGIN_CLASS.replace('.', '/') + ".class";
        URL found = ClasspathGuard.class.getClassLoader().getResource(resource);
        if (found != null) {
            throw new IllegalStateException(PLUGIN_CLASS + " is on the test class path (" + found + "); the plugin "
                    + "must come from the installed archive only (failsafe classesDirectory, demo class path)");
        }
    }
}

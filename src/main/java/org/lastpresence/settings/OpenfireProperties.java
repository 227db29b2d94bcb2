package org.lastpresence.settings;

import org.jivesoftware.util.JiveGlobals;
import org.jivesoftware.util.JiveProperties;

/** Openfire's system properties, through the calls that exist from Openfire 4.2.0 to 5.x. */
public final class OpenfireProperties implements PropertySource {
    @Override
    public String get(String key) {
        return JiveGlobals.getProperty(key);
    }

    @Override
    public void put(String key, String value) {
        // JiveGlobals.setProperty changed signature after 4.2; JiveProperties.put is stable and cluster-aware.
        JiveProperties.getInstance().put(key, value);
    }
}

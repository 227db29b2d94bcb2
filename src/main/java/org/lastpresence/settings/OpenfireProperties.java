package org.lastpresence.settings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jivesoftware.util.JiveGlobals;
import org.jivesoftware.util.JiveProperties;
import org.jivesoftware.util.PropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventListener;

/**
 * Openfire's system properties, through the calls that exist from Openfire 4.2.0 to 5.x. Changes are learnt from
 * {@link PropertyEventDispatcher}, which Openfire calls after storing a change, on every cluster node (the other
 * nodes get the change through Openfire's own cluster task). {@link #close} unhooks it when the plugin unloads.
 */
public final class OpenfireProperties implements PropertySource, AutoCloseable {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final PropertyEventListener bridge = new PropertyEventListener() {
        @Override
        public void propertySet(String property, Map<String, Object> params) {
            tell(property);
        }

        @Override
        public void propertyDeleted(String property, Map<String, Object> params) {
            tell(property);
        }

        @Override
        public void xmlPropertySet(String property, Map<String, Object> params) {
            // The plugin reads no openfire.xml property; nothing to do.
        }

        @Override
        public void xmlPropertyDeleted(String property, Map<String, Object> params) {
            // As above.
        }
    };
    private boolean hooked;

    @Override
    public String get(String key) {
        return JiveGlobals.getProperty(key);
    }

    @Override
    public void put(String key, String value) {
        // JiveGlobals.setProperty changed signature after 4.2; JiveProperties.put is stable and cluster-aware.
        JiveProperties.getInstance().put(key, value);
    }

    @Override
    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
        if (!hooked) {
            PropertyEventDispatcher.addListener(bridge);
            hooked = true;
        }
    }

    private void tell(String property) {
        if (property == null) {
            return;
        }
        for (Listener listener : listeners) {
            listener.changed(property);
        }
    }

    /** Stops listening to Openfire's property events (the dispatcher would otherwise keep the unloaded plugin). */
    @Override
    public synchronized void close() {
        PropertyEventDispatcher.removeListener(bridge);
        hooked = false;
        listeners.clear();
    }
}

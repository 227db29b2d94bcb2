package org.lastpresence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jivesoftware.util.PropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventDispatcher.EventType;
import org.junit.jupiter.api.Test;

/** Openfire's property events, as JiveProperties dispatches them after a change (here or from another node). */
class OpenfirePropertiesTest {
    @Test
    void setAndDeletedPropertiesAreToldUntilClosed() {
        List<String> told = new CopyOnWriteArrayList<>();
        OpenfireProperties properties = new OpenfireProperties();
        properties.addListener(told::add);
        properties.addListener(key -> told.add("second listener: " + key));
        try {
            PropertyEventDispatcher.dispatchEvent("lastpresence.probe.burst", EventType.property_set,
                    Map.of("value", "5"));
            PropertyEventDispatcher.dispatchEvent("lastpresence", EventType.property_deleted, Map.of());
            PropertyEventDispatcher.dispatchEvent("lastpresence.enabled", EventType.xml_property_set,
                    Map.of("value", "false"));
        } finally {
            properties.close();
        }
        PropertyEventDispatcher.dispatchEvent("lastpresence.enabled", EventType.property_set, Map.of("value", "x"));
        assertEquals(List.of("lastpresence.probe.burst", "second listener: lastpresence.probe.burst", "lastpresence",
                "second listener: lastpresence"), told, "database properties only, and nothing after close");
    }
}

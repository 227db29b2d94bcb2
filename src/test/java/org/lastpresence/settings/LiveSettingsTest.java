package org.lastpresence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lastpresence.stamps.StampPrecision;
import org.lastpresence.testing.MapProperties;

class LiveSettingsTest {
    private final MapProperties properties = new MapProperties();
    private final LiveSettings settings = new LiveSettings(properties);

    @Test
    void unsetPropertiesReadAsDefaults() {
        assertTrue(settings.enabled());
        assertEquals(UptimeVisibility.EVERYONE, settings.uptimeVisibility());
        assertEquals(20, settings.probeBurst());
        assertEquals(60, settings.probePerMinute());
        assertEquals(StampPrecision.SECOND, settings.stampPrecision());
        assertEquals(0, settings.retentionDays());
    }

    @Test
    void aChangedPropertyAppliesAtTheNextRead() {
        assertTrue(settings.loginOffline());
        properties.put("lastpresence.login.offline", "false");
        assertFalse(settings.loginOffline());
        properties.put("lastpresence.stamp.precision", "Day");
        assertEquals(StampPrecision.DAY, settings.stampPrecision());
    }

    @Test
    void anInvalidStoredValueFallsBackToTheDefault() {
        properties.put("lastpresence.probe.burst", "lots");
        properties.put("lastpresence.uptime.visibility", "friends");
        assertEquals(20, settings.probeBurst());
        assertEquals(UptimeVisibility.EVERYONE, settings.uptimeVisibility());
    }
}

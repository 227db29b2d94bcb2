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
        assertTrue(settings.idleOffline());
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
        properties.put("lastpresence.idle.offline", "FALSE");
        assertFalse(settings.idleOffline());
    }

    @Test
    void anInvalidStoredValueFallsBackToTheDefault() {
        properties.put("lastpresence.probe.burst", "lots");
        properties.put("lastpresence.uptime.visibility", "friends");
        assertEquals(20, settings.probeBurst());
        assertEquals(UptimeVisibility.EVERYONE, settings.uptimeVisibility());
    }

    @Test
    void valuesSetBeforeTheSettingsExistAreRead() {
        MapProperties stored = new MapProperties().with("lastpresence.probe.burst", "3");
        assertEquals(3, new LiveSettings(stored).probeBurst());
    }

    @Test
    void eachPropertyIsReadOncePerChangeNotOncePerCall() {
        int afterStart = properties.reads();
        for (int i = 0; i < 1_000; i++) {
            settings.probeBurst();
            settings.enabled();
            settings.stampPrecision();
        }
        assertEquals(afterStart, properties.reads(), "reading a setting asks the properties nothing");

        properties.put("lastpresence.probe.burst", "9");
        assertEquals(afterStart + 1, properties.reads(), "a change re-reads that property only");
        for (int i = 0; i < 1_000; i++) {
            assertEquals(9, settings.probeBurst());
        }
        assertEquals(afterStart + 1, properties.reads());

        properties.put("xmpp.domain", "example.org");
        assertEquals(afterStart + 1, properties.reads(), "another plugin's or Openfire's property is ignored");
    }

    @Test
    void deletingAParentPropertyResetsItsChildrenToTheirDefaults() {
        properties.put("lastpresence.probe.burst", "5");
        properties.put("lastpresence.probe.perMinute", "7");
        properties.put("lastpresence.retention.days", "3");
        properties.remove("lastpresence.probe");
        assertEquals(20, settings.probeBurst());
        assertEquals(60, settings.probePerMinute());
        assertEquals(3, settings.retentionDays(), "not under the deleted key");
    }

    @Test
    void aGenericReadGivesTheSettingsType() {
        properties.put("lastpresence.uptime.visibility", "none");
        UptimeVisibility visibility = settings.value(Settings.UPTIME_VISIBILITY);
        assertEquals(UptimeVisibility.NONE, visibility);
        int days = settings.value(Settings.RETENTION_DAYS);
        assertEquals(0, days);
    }
}

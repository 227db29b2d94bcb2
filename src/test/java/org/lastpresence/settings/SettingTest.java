package org.lastpresence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingTest {
    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource(nullValues = "OK", value = {
            "lastpresence.enabled,           true,     OK",
            "lastpresence.enabled,           FALSE,    OK",
            "lastpresence.enabled,           yes,      lastpresence.settings.error.boolean",
            "lastpresence.enabled,           '',       lastpresence.settings.error.empty",
            "lastpresence.uptime.visibility, local,    OK",
            "lastpresence.uptime.visibility, ' None ', OK",
            "lastpresence.uptime.visibility, friends,  lastpresence.settings.error.choice",
            "lastpresence.probe.burst,       1,        OK",
            "lastpresence.probe.burst,       0,        lastpresence.settings.error.range",
            "lastpresence.probe.burst,       ten,      lastpresence.settings.error.integer",
            "lastpresence.probe.perMinute,   60000,    OK",
            "lastpresence.probe.perMinute,   60001,    lastpresence.settings.error.range",
            "lastpresence.stamp.precision,   hour,     OK",
            "lastpresence.stamp.precision,   week,     lastpresence.settings.error.choice",
            "lastpresence.retention.days,    0,        OK",
            "lastpresence.retention.days,    -1,       lastpresence.settings.error.range",
            "lastpresence.retention.days,    1.5,      lastpresence.settings.error.integer",
    })
    void validatesEachSetting(String key, String raw, String expectedProblem) {
        Setting setting = Setting.byKey(key).orElseThrow();
        assertEquals(expectedProblem, setting.problem(raw).orElse(null));
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is stored as ''{2}''")
    @CsvSource({
            "lastpresence.enabled,           ' TRUE ', true",
            "lastpresence.uptime.visibility, Local,    local",
            "lastpresence.probe.burst,       ' 007',   7",
    })
    void normalizesAcceptedValues(String key, String raw, String stored) {
        assertEquals(stored, Setting.byKey(key).orElseThrow().normalize(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "lastpresence.enabled, true", "lastpresence.stamp.delivered, true", "lastpresence.login.offline, true",
            "lastpresence.uptime.visibility, everyone", "lastpresence.components, true",
            "lastpresence.probe.burst, 20", "lastpresence.probe.perMinute, 60",
            "lastpresence.stamp.precision, second", "lastpresence.retention.days, 0",
    })
    void defaultsAreTheDocumentedOnes(String key, String expectedDefault) {
        Setting setting = Setting.byKey(key).orElseThrow();
        assertEquals(expectedDefault, setting.defaultValue());
        assertEquals(java.util.Optional.empty(), setting.problem(setting.defaultValue()));
    }
}

package org.lastpresence.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lastpresence.stamps.StampPrecision;

class SettingTest {
    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource(nullValues = "OK", value = {
            "lastpresence.enabled,           true,     OK",
            "lastpresence.enabled,           FALSE,    OK",
            "lastpresence.enabled,           yes,      NOT_BOOLEAN",
            "lastpresence.enabled,           '',       EMPTY",
            "lastpresence.idle.offline,      ' no ',   NOT_BOOLEAN",
            "lastpresence.uptime.visibility, local,    OK",
            "lastpresence.uptime.visibility, ' None ', OK",
            "lastpresence.uptime.visibility, friends,  'NOT_A_CHOICE[everyone, local, none]'",
            "lastpresence.probe.burst,       1,        OK",
            "lastpresence.probe.burst,       0,        'OUT_OF_RANGE(1, 10000)'",
            "lastpresence.probe.burst,       ten,      NOT_INTEGER",
            "lastpresence.probe.burst,       '   ',    EMPTY",
            "lastpresence.probe.perMinute,   60000,    OK",
            "lastpresence.probe.perMinute,   60001,    'OUT_OF_RANGE(1, 60000)'",
            "lastpresence.stamp.precision,   hour,     OK",
            "lastpresence.stamp.precision,   week,     'NOT_A_CHOICE[second, minute, hour, day]'",
            "lastpresence.retention.days,    0,        OK",
            "lastpresence.retention.days,    -1,       'OUT_OF_RANGE(0, 36500)'",
            "lastpresence.retention.days,    1.5,      NOT_INTEGER",
    })
    void validatesEachSetting(String key, String raw, String expectedProblem) {
        Setting<?> setting = Settings.byKey(key).orElseThrow();
        assertEquals(expectedProblem, setting.problem(raw).map(SettingProblem::toString).orElse(null));
    }

    @Test
    void problemsAreTypedDataNotTexts() {
        assertEquals(SettingProblem.outOfRange(1, 10_000), Settings.PROBE_BURST.problem("0").orElseThrow());
        SettingProblem choice = Settings.UPTIME_VISIBILITY.problem("friends").orElseThrow();
        assertEquals(SettingProblem.Kind.NOT_A_CHOICE, choice.kind());
        assertEquals(List.of("everyone", "local", "none"), choice.choices());
        assertEquals(SettingProblem.Kind.EMPTY, Settings.ENABLED.problem(null).orElseThrow().kind());
    }

    @Test
    void parsedValuesHaveTheSettingsType() {
        assertEquals(7, Settings.PROBE_BURST.parse(" 007").value());
        assertEquals(Boolean.FALSE, Settings.IDLE_OFFLINE.parse("False").value());
        assertEquals(StampPrecision.HOUR, Settings.STAMP_PRECISION.parse("HOUR").value());
        assertEquals(UptimeVisibility.LOCAL, Settings.UPTIME_VISIBILITY.parse("Local").value());
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is stored as ''{2}''")
    @CsvSource({
            "lastpresence.enabled,           ' TRUE ', true",
            "lastpresence.uptime.visibility, Local,    local",
            "lastpresence.probe.burst,       ' 007',   7",
    })
    void normalizesAcceptedValues(String key, String raw, String stored) {
        assertEquals(stored, Settings.byKey(key).orElseThrow().normalize(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "lastpresence.enabled, true", "lastpresence.stamp.delivered, true", "lastpresence.login.offline, true",
            "lastpresence.idle.offline, true",
            "lastpresence.uptime.visibility, everyone", "lastpresence.components, true",
            "lastpresence.probe.burst, 20", "lastpresence.probe.perMinute, 60",
            "lastpresence.stamp.precision, second", "lastpresence.retention.days, 0",
    })
    void defaultsAreTheDocumentedOnes(String key, String expectedDefault) {
        Setting<?> setting = Settings.byKey(key).orElseThrow();
        assertEquals(expectedDefault, setting.defaultText());
        assertEquals(Optional.empty(), setting.problem(setting.defaultText()));
    }

    @Test
    void everySettingHasItsOwnKeyAndPlace() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < Settings.all().size(); i++) {
            Setting<?> setting = Settings.all().get(i);
            assertTrue(keys.add(setting.key()), setting.key());
            assertTrue(setting.key().startsWith(Setting.PREFIX));
            assertEquals(i, setting.index());
        }
        assertEquals(12, keys.size());
    }
}

package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lastpresence.settings.Setting;
import org.lastpresence.settings.Settings;

class SettingsFormTest {
    private final AdminFixture fixture = new AdminFixture();

    /** The whole form as a browser posts it: every setting's current default, with some values changed. */
    private String[] form(String token, String... changes) {
        List<String> fields = new ArrayList<>();
        if (token != null) {
            fields.add(CsrfGuard.FIELD);
            fields.add(token);
        }
        for (Setting<?> setting : Settings.all()) {
            fields.add(setting.key());
            fields.add(setting.defaultText());
        }
        for (int i = 0; i < changes.length; i += 2) {
            int at = fields.indexOf(changes[i]);
            fields.set(at + 1, changes[i + 1]);
        }
        return fields.toArray(new String[0]);
    }

    private static Map<String, SettingField> byKey(SettingsForm form) {
        return form.fields().stream().collect(Collectors.toMap(SettingField::key, Function.identity()));
    }

    @Test
    void showsEverySettingWithItsExplanationAndValue() {
        fixture.properties.put("lastpresence.probe.burst", "7");
        SettingsForm form = SettingsForm.handle(fixture.get(), fixture.services, fixture.english);
        assertEquals(Settings.all().size(), form.fields().size());
        SettingField burst = byKey(form).get("lastpresence.probe.burst");
        assertEquals("Probes at once", burst.label());
        assertTrue(burst.help().startsWith("How many probes a client may send in a row"));
        assertEquals("Default: 20", burst.defaultText());
        assertEquals("7", burst.value());
        assertTrue(burst.isText());
        SettingField visibility = byKey(form).get("lastpresence.uptime.visibility");
        assertFalse(visibility.isText());
        assertEquals(List.of("Everyone", "Local users and components only", "Nobody"),
                visibility.choices().stream().map(SettingField.Choice::label).collect(Collectors.toList()));
        assertTrue(visibility.choices().get(0).selected());
        assertEquals("Default: Yes", byKey(form).get("lastpresence.enabled").defaultText());
        for (SettingField field : form.fields()) {
            assertFalse(field.label().startsWith("lastpresence."), "a label for " + field.key());
            assertFalse(field.help().startsWith("lastpresence."), "an explanation for " + field.key());
        }
    }

    @Test
    void aStoredValueThatIsNotValidIsShownWithItsMessage() {
        fixture.properties.put("lastpresence.stamp.precision", "nanosecond");
        SettingField precision = byKey(SettingsForm.handle(fixture.get(), fixture.services, fixture.english))
                .get("lastpresence.stamp.precision");
        assertEquals("Choose one of: To the second, To the minute, To the hour, To the day.", precision.problem());
    }

    @Test
    void validValuesAreSavedNormalizedAndApplyAtOnce() {
        SettingsForm form = SettingsForm.handle(fixture.post(form(fixture.token(),
                "lastpresence.probe.burst", " 05 ", "lastpresence.stamp.precision", "HOUR")), fixture.services,
                fixture.english);
        assertEquals("settings.jsp", form.redirect().orElseThrow());
        assertEquals("5", fixture.properties.get("lastpresence.probe.burst"));
        assertEquals("hour", fixture.properties.get("lastpresence.stamp.precision"));
        assertEquals(5, fixture.services.settings().probeBurst(), "the plugin reads the new value live");
        assertNull(fixture.properties.get("lastpresence.enabled"), "an untouched default stays unset");

        SettingsForm shown = SettingsForm.handle(fixture.get(), fixture.services, fixture.english);
        assertEquals("2 settings were saved; the change applies now.", shown.notice().orElseThrow().text());
        assertEquals("5", byKey(shown).get("lastpresence.probe.burst").value());
    }

    @Test
    void postingTheStoredValuesAgainChangesNothing() {
        SettingsForm.handle(fixture.post(form(fixture.token())), fixture.services, fixture.english);
        assertEquals("Nothing was changed: every value was already the stored one.",
                SettingsForm.handle(fixture.get(), fixture.services, fixture.english).notice().orElseThrow().text());
    }

    @Test
    void oneBadValueSavesNothingAndSaysWhyNextToTheField() {
        fixture.properties.put("lastpresence.probe.perMinute", "60");
        SettingsForm form = SettingsForm.handle(fixture.post(form(fixture.token(),
                "lastpresence.probe.perMinute", "120", "lastpresence.probe.burst", "0",
                "lastpresence.retention.days", "ten")), fixture.services, fixture.english);

        assertTrue(form.redirect().isEmpty());
        assertEquals("Nothing was saved: correct the values marked below.", form.notice().orElseThrow().text());
        Map<String, SettingField> fields = byKey(form);
        assertEquals("Enter a whole number from 1 to 10,000.", fields.get("lastpresence.probe.burst").problem());
        assertEquals("0", fields.get("lastpresence.probe.burst").value(), "the value typed stays for correction");
        assertEquals("Enter a whole number, without a unit.", fields.get("lastpresence.retention.days").problem());
        assertFalse(fields.get("lastpresence.probe.perMinute").hasProblem());
        assertEquals("60", fixture.properties.get("lastpresence.probe.perMinute"), "the valid change is not saved");
        assertNull(fixture.properties.get("lastpresence.probe.burst"));
    }

    @Test
    void aMissingOrUnknownChoiceIsRefused() {
        String[] fields = form(fixture.token(), "lastpresence.enabled", "perhaps");
        SettingsForm form = SettingsForm.handle(fixture.post(fields), fixture.services, fixture.english);
        assertEquals("Choose yes or no.", byKey(form).get("lastpresence.enabled").problem());
        SettingsForm partial = SettingsForm.handle(fixture.post(CsrfGuard.FIELD, fixture.token()), fixture.services,
                fixture.english);
        assertEquals("Enter a value.", byKey(partial).get("lastpresence.enabled").problem());
        assertNull(fixture.properties.get("lastpresence.enabled"));
    }

    @Test
    void aPostWithoutTheSessionsTokenIsRefusedAndSavesNothing() {
        fixture.token();
        SettingsForm forged = SettingsForm.handle(fixture.post(form(null, "lastpresence.enabled", "false")),
                fixture.services, fixture.english);
        assertEquals(403, forged.status());
        assertTrue(forged.notice().orElseThrow().isError());
        assertNull(fixture.properties.get("lastpresence.enabled"));
        assertEquals("true", byKey(forged).get("lastpresence.enabled").value(), "the form shows what is stored");

        SettingsForm foreign = SettingsForm.handle(fixture.postWithoutSession(form("stolen?", "lastpresence.enabled",
                "false")), fixture.services, fixture.english);
        assertEquals(403, foreign.status());
        assertNull(fixture.properties.get("lastpresence.enabled"));
    }

    @Test
    void aGetNeverSaves() {
        SettingsForm.handle(fixture.get(form(fixture.token(), "lastpresence.enabled", "false")), fixture.services,
                fixture.english);
        assertNull(fixture.properties.get("lastpresence.enabled"));
    }

    @Test
    void messagesAreInTheConsolesLanguage() {
        SettingsForm form = SettingsForm.handle(fixture.post(form(fixture.token(), "lastpresence.probe.burst",
                "99999")), fixture.services, AdminFixture.messages(Locale.GERMAN));
        assertEquals("Geben Sie eine ganze Zahl von 1 bis 10.000 ein.",
                byKey(form).get("lastpresence.probe.burst").problem());
    }

    @Test
    void aSavedChangeIsAuditedWithEveryChangedValueAndNothingElse() {
        fixture.properties.put("lastpresence.probe.burst", "7");
        SettingsForm.handle(fixture.post(form(fixture.token(), "lastpresence.probe.burst", "9",
                "lastpresence.idle.offline", "false")), fixture.services, fixture.english);
        assertEquals(List.of("changed Last Presence settings | lastpresence.idle.offline: true -> false\n"
                + "lastpresence.probe.burst: 7 -> 9"), fixture.audit);
        assertFalse(fixture.services.settings().idleOffline(), "the new setting applies at once");
    }

    @Test
    void nothingIsAuditedWhenNothingChangedOrNothingWasSaved() {
        SettingsForm.handle(fixture.post(form(fixture.token())), fixture.services, fixture.english);
        SettingsForm.handle(fixture.post(form(fixture.token(), "lastpresence.probe.burst", "0")), fixture.services,
                fixture.english);
        SettingsForm.handle(fixture.post(form(null, "lastpresence.enabled", "false")), fixture.services,
                fixture.english);
        assertEquals(List.of(), fixture.audit);
    }

    @Test
    void theIdleSettingIsOfferedAsYesOrNo() {
        SettingField idle = byKey(SettingsForm.handle(fixture.get(), fixture.services, fixture.english))
                .get("lastpresence.idle.offline");
        assertEquals("Idle time on offline presence", idle.label());
        assertTrue(idle.help().contains("XEP-0319"));
        assertEquals("Default: Yes", idle.defaultText());
        assertEquals(List.of("Yes", "No"),
                idle.choices().stream().map(SettingField.Choice::label).collect(Collectors.toList()));
    }
}

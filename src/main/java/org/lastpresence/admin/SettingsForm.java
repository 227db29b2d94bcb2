package org.lastpresence.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lastpresence.PluginServices;
import org.lastpresence.settings.PropertySource;
import org.lastpresence.settings.Setting;
import org.lastpresence.settings.SettingProblem;
import org.lastpresence.settings.Settings;

/**
 * The settings page: every setting of the plugin in one form. A POST with the session's token saves all values
 * when every one is valid, and none when one is not, and writes what changed to the admin audit log; a GET only
 * shows.
 */
public final class SettingsForm implements PageOutcome {
    static final String PAGE = "settings.jsp";

    private final List<SettingField> fields;
    private final Notice notice;
    private final int status;
    private final String redirect;
    private final String csrfToken;

    private SettingsForm(List<SettingField> fields, Notice notice, int status, String redirect, String csrfToken) {
        this.fields = List.copyOf(fields);
        this.notice = notice;
        this.status = status;
        this.redirect = redirect;
        this.csrfToken = csrfToken;
    }

    /** Handles a request to the settings page. */
    public static SettingsForm handle(PageRequest request, PluginServices services, AdminMessages messages) {
        PropertySource properties = services.properties();
        if (!request.isPost()) {
            return new SettingsForm(stored(properties, messages), request.takeFlash(), 200, null,
                    request.csrfToken());
        }
        if (!request.csrfAccepted()) {
            // Refused before reading any value: a forged post learns nothing and changes nothing.
            return new SettingsForm(stored(properties, messages),
                    Notice.error(messages.text("lastpresence.csrf.refused")), 403, null, request.csrfToken());
        }
        Map<Setting<?>, String> submitted = new LinkedHashMap<>();
        List<SettingField> fields = new ArrayList<>();
        boolean valid = true;
        for (Setting<?> setting : Settings.all()) {
            String raw = request.rawParam(setting.key());
            Optional<SettingProblem> problem = setting.problem(raw);
            valid &= problem.isEmpty();
            submitted.put(setting, raw);
            fields.add(new SettingField(setting, messages, raw, problem.orElse(null)));
        }
        if (!valid) {
            return new SettingsForm(fields, Notice.error(messages.text("lastpresence.settings.invalid")), 200, null,
                    request.csrfToken());
        }
        List<String> changes = save(properties, submitted);
        if (!changes.isEmpty()) {
            request.audit().log("changed Last Presence settings", String.join("\n", changes));
        }
        request.flash(Notice.success(changes.isEmpty() ? messages.text("lastpresence.settings.unchanged")
                : messages.text("lastpresence.settings.saved", changes.size())));
        return new SettingsForm(fields, null, 303, PAGE, request.csrfToken());
    }

    /**
     * Writes the values that differ from what is stored; an unset property equal to its default stays unset.
     * Returns one line per change, "key: old -> new", for the audit log.
     */
    static List<String> save(PropertySource properties, Map<Setting<?>, String> submitted) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<Setting<?>, String> entry : submitted.entrySet()) {
            Setting<?> setting = entry.getKey();
            String value = setting.normalize(entry.getValue());
            String stored = properties.get(setting.key());
            String before = stored == null ? setting.defaultText() : stored;
            if (!value.equals(before)) {
                // The plugin's settings follow the property at once: the next packet already sees the new value.
                properties.put(setting.key(), value);
                changes.add(setting.key() + ": " + before + " -> " + value);
            }
        }
        return changes;
    }

    /** The fields as stored; a stored value that is not valid is shown with its message, so it can be fixed. */
    private static List<SettingField> stored(PropertySource properties, AdminMessages messages) {
        List<SettingField> fields = new ArrayList<>();
        for (Setting<?> setting : Settings.all()) {
            String raw = properties.get(setting.key());
            String value = raw == null ? setting.defaultText() : raw;
            fields.add(new SettingField(setting, messages, value, setting.problem(value).orElse(null)));
        }
        return fields;
    }

    public List<SettingField> fields() {
        return fields;
    }

    public Optional<Notice> notice() {
        return Optional.ofNullable(notice);
    }

    @Override
    public List<Notice> notices() {
        return notice == null ? List.of() : List.of(notice);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Optional<String> redirect() {
        return Optional.ofNullable(redirect);
    }

    public String csrfToken() {
        return csrfToken;
    }
}

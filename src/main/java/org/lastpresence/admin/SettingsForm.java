package org.lastpresence.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lastpresence.PluginServices;
import org.lastpresence.settings.PropertySource;
import org.lastpresence.settings.Setting;

/**
 * The settings page: every setting of the plugin in one form. A POST with the session's token saves all values
 * when every one is valid, and none when one is not; a GET only shows.
 */
public final class SettingsForm {
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
        Map<Setting, String> submitted = new LinkedHashMap<>();
        List<SettingField> fields = new ArrayList<>();
        boolean valid = true;
        for (Setting setting : Setting.values()) {
            String raw = request.rawParam(setting.key());
            Optional<String> problem = setting.problem(raw);
            valid &= problem.isEmpty();
            submitted.put(setting, raw);
            fields.add(new SettingField(setting, messages, raw, problem.orElse(null)));
        }
        if (!valid) {
            return new SettingsForm(fields, Notice.error(messages.text("lastpresence.settings.invalid")), 200, null,
                    request.csrfToken());
        }
        int changed = save(properties, submitted);
        request.flash(Notice.success(changed == 0 ? messages.text("lastpresence.settings.unchanged")
                : messages.text("lastpresence.settings.saved", changed)));
        return new SettingsForm(fields, null, 303, PAGE, request.csrfToken());
    }

    /** Writes the values that differ from what is stored; an unset property equal to its default stays unset. */
    static int save(PropertySource properties, Map<Setting, String> submitted) {
        int changed = 0;
        for (Map.Entry<Setting, String> entry : submitted.entrySet()) {
            Setting setting = entry.getKey();
            String value = setting.normalize(entry.getValue());
            String stored = properties.get(setting.key());
            boolean same = stored == null ? value.equals(setting.defaultValue()) : value.equals(stored);
            if (!same) {
                // Openfire's properties are read live by the plugin: the next packet already sees the new value.
                properties.put(setting.key(), value);
                changed++;
            }
        }
        return changed;
    }

    /** The fields as stored; a stored value that is not valid is shown with its message, so it can be fixed. */
    private static List<SettingField> stored(PropertySource properties, AdminMessages messages) {
        List<SettingField> fields = new ArrayList<>();
        for (Setting setting : Setting.values()) {
            String raw = properties.get(setting.key());
            String value = raw == null ? setting.defaultValue() : raw;
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

    public int status() {
        return status;
    }

    public Optional<String> redirect() {
        return Optional.ofNullable(redirect);
    }

    public String csrfToken() {
        return csrfToken;
    }
}

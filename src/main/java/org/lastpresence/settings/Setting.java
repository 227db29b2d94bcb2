package org.lastpresence.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every Openfire system property the plugin reads, with its default and its validation. */
public enum Setting {
    ENABLED("lastpresence.enabled", "true", Kind.BOOLEAN, 0, 0),
    STAMP_DELIVERED("lastpresence.stamp.delivered", "true", Kind.BOOLEAN, 0, 0),
    LOGIN_OFFLINE("lastpresence.login.offline", "true", Kind.BOOLEAN, 0, 0),
    UPTIME_VISIBILITY("lastpresence.uptime.visibility", "everyone", Kind.CHOICE, 0, 0, "everyone", "local", "none"),
    COMPONENTS("lastpresence.components", "true", Kind.BOOLEAN, 0, 0),
    PROBE_BURST("lastpresence.probe.burst", "20", Kind.INTEGER, 1, 10_000),
    PROBE_PER_MINUTE("lastpresence.probe.perMinute", "60", Kind.INTEGER, 1, 60_000),
    STAMP_PRECISION("lastpresence.stamp.precision", "second", Kind.CHOICE, 0, 0, "second", "minute", "hour", "day"),
    RETENTION_DAYS("lastpresence.retention.days", "0", Kind.INTEGER, 0, 36_500);

    /** How a setting's text is read. */
    public enum Kind { BOOLEAN, INTEGER, CHOICE }

    private final String key;
    private final String defaultValue;
    private final Kind kind;
    private final int min;
    private final int max;
    private final List<String> choices;

    Setting(String key, String defaultValue, Kind kind, int min, int max, String... choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = List.of(choices);
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public Kind kind() {
        return kind;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** The accepted values of a BOOLEAN or CHOICE setting, empty for an INTEGER one. */
    public List<String> choices() {
        return kind == Kind.BOOLEAN ? List.of("true", "false") : choices;
    }

    /** The canonical form of an accepted value (trimmed, lower case for words); call only after {@link #problem}. */
    public String normalize(String raw) {
        String trimmed = raw.trim();
        return kind == Kind.INTEGER ? String.valueOf(Integer.parseInt(trimmed)) : trimmed.toLowerCase(Locale.ROOT);
    }

    /**
     * Why {@code raw} is not an acceptable value, as an i18n key of the plugin's bundle
     * ({@code lastpresence.settings.error.boolean|integer|choice}), or empty when it is acceptable.
     */
    public Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("lastpresence.settings.error.empty");
        }
        String value = raw.trim();
        switch (kind) {
            case BOOLEAN:
                return choices().contains(value.toLowerCase(Locale.ROOT))
                        ? Optional.empty() : Optional.of("lastpresence.settings.error.boolean");
            case CHOICE:
                return choices.contains(value.toLowerCase(Locale.ROOT))
                        ? Optional.empty() : Optional.of("lastpresence.settings.error.choice");
            default:
                try {
                    int number = Integer.parseInt(value);
                    return number >= min && number <= max
                            ? Optional.empty() : Optional.of("lastpresence.settings.error.range");
                } catch (NumberFormatException e) {
                    return Optional.of("lastpresence.settings.error.integer");
                }
        }
    }

    /** The setting with this property key, if any. */
    public static Optional<Setting> byKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}

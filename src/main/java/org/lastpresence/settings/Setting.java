package org.lastpresence.settings;

import java.util.List;
import java.util.Optional;

/**
 * One Openfire system property the plugin reads: its key, its typed default, and how its text is read and
 * written. Every setting is a constant of {@link Settings}.
 */
public abstract class Setting<T> {
    /** Every property of the plugin starts with this. */
    public static final String PREFIX = "lastpresence.";

    private final String name;
    private final String key;
    private final T defaultValue;
    // The setting's place in Settings.all(), where LiveSettings keeps its value; set once when registered.
    private int index = -1;

    Setting(String name, T defaultValue) {
        this.name = name;
        this.key = PREFIX + name;
        this.defaultValue = defaultValue;
    }

    /** The property key without {@link #PREFIX}: "probe.burst". */
    public final String name() {
        return name;
    }

    /** The Openfire property key: "lastpresence.probe.burst". */
    public final String key() {
        return key;
    }

    public final T defaultValue() {
        return defaultValue;
    }

    /** The default as it is stored: "20", "true", "second". */
    public final String defaultText() {
        return format(defaultValue);
    }

    /** Reads a text as stored or typed (surrounding blanks ignored, words in any case). */
    public final Parsed<T> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.problem(SettingProblem.empty());
        }
        return parseTrimmed(raw.trim());
    }

    /** Why a text is not acceptable, or empty when it is. */
    public final Optional<SettingProblem> problem(String raw) {
        return parse(raw).problem();
    }

    /** The canonical text of an accepted value: "7" for " 007", "hour" for "HOUR"; only for an accepted text. */
    public final String normalize(String raw) {
        return format(parse(raw).value());
    }

    /** The texts a value can take when they are a short list (a yes/no or a choice); empty for a number. */
    public abstract List<String> choices();

    /** The text a value is stored as. */
    public abstract String format(T value);

    abstract Parsed<T> parseTrimmed(String text);

    final int index() {
        return index;
    }

    final void register(int position) {
        if (index != -1) {
            throw new IllegalStateException(key + " is registered twice");
        }
        index = position;
    }

    @Override
    public String toString() {
        return key;
    }
}

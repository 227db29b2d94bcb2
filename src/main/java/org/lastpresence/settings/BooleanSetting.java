package org.lastpresence.settings;

import java.util.List;

/** A yes/no setting, stored as {@code true} or {@code false}. */
public final class BooleanSetting extends Setting<Boolean> {
    private static final List<String> CHOICES = List.of("true", "false");

    BooleanSetting(String name, boolean defaultValue) {
        super(name, defaultValue);
    }

    @Override
    public List<String> choices() {
        return CHOICES;
    }

    @Override
    public String format(Boolean value) {
        return value.toString();
    }

    @Override
    Parsed<Boolean> parseTrimmed(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Parsed.value(Boolean.TRUE);
        }
        if (text.equalsIgnoreCase("false")) {
            return Parsed.value(Boolean.FALSE);
        }
        return Parsed.problem(SettingProblem.notBoolean());
    }
}

package org.lastpresence.settings;

import java.util.List;

/** A whole-number setting with the range it accepts (bounds included). */
public final class IntSetting extends Setting<Integer> {
    private final int min;
    private final int max;

    IntSetting(String name, int defaultValue, int min, int max) {
        super(name, defaultValue);
        if (defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": the default " + defaultValue + " is out of its range");
        }
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    @Override
    public List<String> choices() {
        return List.of();
    }

    @Override
    public String format(Integer value) {
        return value.toString();
    }

    @Override
    Parsed<Integer> parseTrimmed(String text) {
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Parsed.problem(SettingProblem.notInteger());
        }
        return number >= min && number <= max ? Parsed.value(number)
                : Parsed.problem(SettingProblem.outOfRange(min, max));
    }
}

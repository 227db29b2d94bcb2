package org.lastpresence.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A setting that takes one constant of an enum, stored as the constant's name in lower case. */
public final class ChoiceSetting<E extends Enum<E>> extends Setting<E> {
    private final List<E> values;
    private final List<String> texts;

    ChoiceSetting(String name, E defaultValue) {
        super(name, defaultValue);
        this.values = List.of(defaultValue.getDeclaringClass().getEnumConstants());
        List<String> names = new ArrayList<>();
        for (E value : values) {
            names.add(text(value));
        }
        this.texts = Collections.unmodifiableList(names);
    }

    private static String text(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constants it takes, in their declared order. */
    public List<E> values() {
        return values;
    }

    @Override
    public List<String> choices() {
        return texts;
    }

    @Override
    public String format(E value) {
        return text(value);
    }

    @Override
    Parsed<E> parseTrimmed(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (E value : values) {
            if (text(value).equals(lower)) {
                return Parsed.value(value);
            }
        }
        return Parsed.problem(SettingProblem.notAChoice(texts));
    }
}

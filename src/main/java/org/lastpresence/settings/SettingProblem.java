package org.lastpresence.settings;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Why a setting's text is not acceptable, as data: the admin pages turn it into a message in their language. */
public final class SettingProblem {
    /** The kinds of problem a setting's text can have. */
    public enum Kind { EMPTY, NOT_BOOLEAN, NOT_INTEGER, OUT_OF_RANGE, NOT_A_CHOICE }

    private static final SettingProblem EMPTY = new SettingProblem(Kind.EMPTY, 0, 0, List.of());
    private static final SettingProblem NOT_BOOLEAN = new SettingProblem(Kind.NOT_BOOLEAN, 0, 0, List.of());
    private static final SettingProblem NOT_INTEGER = new SettingProblem(Kind.NOT_INTEGER, 0, 0, List.of());

    private final Kind kind;
    private final int min;
    private final int max;
    private final List<String> choices;

    private SettingProblem(Kind kind, int min, int max, List<String> choices) {
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = choices;
    }

    public static SettingProblem empty() {
        return EMPTY;
    }

    public static SettingProblem notBoolean() {
        return NOT_BOOLEAN;
    }

    public static SettingProblem notInteger() {
        return NOT_INTEGER;
    }

    public static SettingProblem outOfRange(int min, int max) {
        return new SettingProblem(Kind.OUT_OF_RANGE, min, max, List.of());
    }

    /** @param choices the accepted texts, in the order the settings page offers them */
    public static SettingProblem notAChoice(List<String> choices) {
        return new SettingProblem(Kind.NOT_A_CHOICE, 0, 0, List.copyOf(choices));
    }

    public Kind kind() {
        return kind;
    }

    /** The smallest accepted number of an {@link Kind#OUT_OF_RANGE} problem. */
    public int min() {
        return min;
    }

    /** The largest accepted number of an {@link Kind#OUT_OF_RANGE} problem. */
    public int max() {
        return max;
    }

    /** The accepted texts of a {@link Kind#NOT_A_CHOICE} problem. */
    public List<String> choices() {
        return Collections.unmodifiableList(choices);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SettingProblem)) {
            return false;
        }
        SettingProblem that = (SettingProblem) other;
        return kind == that.kind && min == that.min && max == that.max && choices.equals(that.choices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, min, max, choices);
    }

    @Override
    public String toString() {
        switch (kind) {
            case OUT_OF_RANGE:
                return "OUT_OF_RANGE(" + min + ", " + max + ")";
            case NOT_A_CHOICE:
                return "NOT_A_CHOICE" + choices;
            default:
                return kind.name();
        }
    }
}

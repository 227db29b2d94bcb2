package org.lastpresence.settings;

import java.util.Objects;
import java.util.Optional;

/** The outcome of reading a setting's text: its typed value, or why the text is not acceptable. */
public final class Parsed<T> {
    private final T value;
    private final SettingProblem problem;

    private Parsed(T value, SettingProblem problem) {
        this.value = value;
        this.problem = problem;
    }

    static <T> Parsed<T> value(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    static <T> Parsed<T> problem(SettingProblem problem) {
        return new Parsed<>(null, Objects.requireNonNull(problem));
    }

    public boolean isValid() {
        return problem == null;
    }

    /** The value; only for a valid text. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException("not a valid value: " + problem);
        }
        return value;
    }

    public Optional<SettingProblem> problem() {
        return Optional.ofNullable(problem);
    }
}

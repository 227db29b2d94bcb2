package org.lastpresence.admin;

import java.util.ArrayList;
import java.util.List;

import org.lastpresence.settings.BooleanSetting;
import org.lastpresence.settings.IntSetting;
import org.lastpresence.settings.Setting;
import org.lastpresence.settings.SettingProblem;

/** One setting on the settings page: its texts, the value in the form, and its inline message when refused. */
public final class SettingField {
    private final Setting<?> setting;
    private final AdminMessages messages;
    private final String value;
    private final SettingProblem problem;

    /**
     * @param value   the value to show in the form (the submitted one after a refused POST, else the stored one)
     * @param problem why that value is not acceptable, or null
     */
    SettingField(Setting<?> setting, AdminMessages messages, String value, SettingProblem problem) {
        this.setting = setting;
        this.messages = messages;
        this.value = value;
        this.problem = problem;
    }

    /** The property key, also the form field's name. */
    public String key() {
        return setting.key();
    }

    /** A valid HTML id for the field: "lp-probe-burst". */
    public String id() {
        return "lp-" + setting.name().replace('.', '-');
    }

    public String label() {
        return messages.text("lastpresence.settings." + setting.name() + ".label");
    }

    public String help() {
        return messages.text("lastpresence.settings." + setting.name() + ".help");
    }

    /** "Default: 20", with the default in words for a yes/no or a choice. */
    public String defaultText() {
        String shown = isText() ? setting.defaultText() : choiceLabel(setting.defaultText());
        return messages.text("lastpresence.settings.default", shown);
    }

    /** A number is typed into a text field; a yes/no or a choice is picked from a list. */
    public boolean isText() {
        return setting instanceof IntSetting;
    }

    public String value() {
        return value == null ? "" : value;
    }

    /** The accepted values with their labels, for a list; empty for a number. */
    public List<Choice> choices() {
        List<Choice> result = new ArrayList<>();
        for (String choice : setting.choices()) {
            result.add(new Choice(choice, choiceLabel(choice), choice.equalsIgnoreCase(value().trim())));
        }
        return result;
    }

    /** True when the value is not acceptable. */
    public boolean hasProblem() {
        return problem != null;
    }

    /** Why the value is not acceptable, in words; empty when it is. */
    public String problem() {
        if (problem == null) {
            return "";
        }
        switch (problem.kind()) {
            case EMPTY:
                return messages.text("lastpresence.settings.error.empty");
            case NOT_BOOLEAN:
                return messages.text("lastpresence.settings.error.boolean");
            case NOT_INTEGER:
                return messages.text("lastpresence.settings.error.integer");
            case OUT_OF_RANGE:
                return messages.text("lastpresence.settings.error.range", problem.min(), problem.max());
            case NOT_A_CHOICE:
                List<String> labels = new ArrayList<>();
                for (String choice : problem.choices()) {
                    labels.add(choiceLabel(choice));
                }
                return messages.text("lastpresence.settings.error.choice", String.join(", ", labels));
            default:
                throw new IllegalStateException("no text for " + problem);
        }
    }

    private String choiceLabel(String choice) {
        // Every yes/no shares one pair of labels; a choice's labels are its own.
        String group = setting instanceof BooleanSetting ? "boolean" : setting.name();
        return messages.text("lastpresence.settings.choice." + group + "." + choice);
    }

    /** One option of a list. */
    public static final class Choice {
        private final String value;
        private final String label;
        private final boolean selected;

        Choice(String value, String label, boolean selected) {
            this.value = value;
            this.label = label;
            this.selected = selected;
        }

        public String value() {
            return value;
        }

        public String label() {
            return label;
        }

        public boolean selected() {
            return selected;
        }
    }
}

package org.lastpresence.admin;

import java.util.ArrayList;
import java.util.List;

import org.lastpresence.settings.Setting;

/** One setting on the settings page: its texts, the value in the form, and its inline message when refused. */
public final class SettingField {
    private final Setting setting;
    private final AdminMessages messages;
    private final String value;
    private final String problem;

    /**
     * @param value   the value to show in the form (the submitted one after a refused POST, else the stored one)
     * @param problem the i18n key from {@link Setting#problem}, or null
     */
    SettingField(Setting setting, AdminMessages messages, String value, String problem) {
        this.setting = setting;
        this.messages = messages;
        this.value = value;
        this.problem = problem;
    }

    /** The property key, also the form field's name. */
    public String key() {
        return setting.key();
    }

    /** The i18n key part after "lastpresence.": "probe.burst". */
    private String suffix() {
        return setting.key().substring("lastpresence.".length());
    }

    /** A valid HTML id for the field. */
    public String id() {
        return "lp-" + suffix().replace('.', '-');
    }

    public String label() {
        return messages.text("lastpresence.settings." + suffix() + ".label");
    }

    public String help() {
        return messages.text("lastpresence.settings." + suffix() + ".help");
    }

    /** "Default: 20", with the default in words for a choice. */
    public String defaultText() {
        String shown = setting.kind() == Setting.Kind.INTEGER
                ? setting.defaultValue()
                : choiceLabel(setting.defaultValue());
        return messages.text("lastpresence.settings.default", shown);
    }

    /** A number is typed into a text field; a yes/no or a choice is picked from a list. */
    public boolean isText() {
        return setting.kind() == Setting.Kind.INTEGER;
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
        if (problem.endsWith(".range")) {
            return messages.text(problem, setting.min(), setting.max());
        }
        if (problem.endsWith(".choice")) {
            List<String> labels = new ArrayList<>();
            for (String choice : setting.choices()) {
                labels.add(choiceLabel(choice));
            }
            return messages.text(problem, String.join(", ", labels));
        }
        return messages.text(problem);
    }

    private String choiceLabel(String choice) {
        String group = setting.kind() == Setting.Kind.BOOLEAN ? "boolean" : suffix();
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

package org.lastpresence.admin;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.jivesoftware.util.JiveGlobals;

/** The admin pages' texts from {@code i18n/lastpresence_i18n*.properties}, in one locale. */
public final class AdminMessages {
    static final String BUNDLE = "lastpresence_i18n";

    private final ResourceBundle bundle;
    private final Locale locale;

    AdminMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts in the console's language (Openfire's {@code locale} property), as the rest of the console is. */
    public static AdminMessages forConsole() {
        return forLocale(JiveGlobals.getLocale(), AdminMessages.class.getClassLoader());
    }

    /**
     * The texts in a locale, looked up through a class loader that sees the {@code i18n} folder (in Openfire the
     * plugin's class loader does).
     */
    public static AdminMessages forLocale(Locale locale, ClassLoader loader) {
        // No fallback to the JVM's default locale: a console set to English must not show the host's language.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new AdminMessages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key formatted with MessageFormat, or the key itself when missing (visible, never a crash). */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The language tag of the locale, for the pages' {@code lang} attribute. */
    public String languageTag() {
        // The base bundle (Locale.ROOT) is the English one.
        Locale actual = bundle.getLocale();
        return actual.getLanguage().isEmpty() ? "en" : actual.toLanguageTag();
    }
}

package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lastpresence.settings.BooleanSetting;
import org.lastpresence.settings.Setting;
import org.lastpresence.settings.Settings;

/** Every bundle is complete, and every text the pages and plugin.xml ask for exists. */
class I18nBundlesTest {
    private static final Path I18N = Path.of("i18n");
    private static final String ENGLISH = "lastpresence_i18n.properties";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(lastpresence\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
    private static final Pattern PLUGIN_XML_KEY = Pattern.compile("\\$\\{([^}]+)}");

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(file -> file.getFileName().toString().matches("lastpresence_i18n_.+\\.properties"))
                    .sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theAnnouncedLanguagesAreShipped() throws IOException {
        assertEquals(List.of("lastpresence_i18n_de.properties", "lastpresence_i18n_es.properties",
                        "lastpresence_i18n_fr.properties", "lastpresence_i18n_nl.properties",
                        "lastpresence_i18n_pt_BR.properties"),
                translations().stream().map(file -> file.getFileName().toString()).collect(Collectors.toList()));
    }

    @Test
    void everyBundleHasEveryKeyOfTheEnglishOneAndNoEmptyValue() throws IOException {
        Properties english = load(I18N.resolve(ENGLISH));
        List<String> problems = new ArrayList<>();
        for (Path file : translations()) {
            Properties translation = load(file);
            for (String key : english.stringPropertyNames()) {
                String value = translation.getProperty(key);
                if (value == null) {
                    problems.add(file.getFileName() + " lacks " + key);
                } else if (value.isBlank()) {
                    problems.add(file.getFileName() + " has an empty " + key);
                } else if (!arguments(value).equals(arguments(english.getProperty(key)))) {
                    problems.add(file.getFileName() + " " + key + " uses arguments " + arguments(value)
                            + " where English uses " + arguments(english.getProperty(key)));
                }
            }
            for (String key : translation.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(file.getFileName() + " has " + key + ", which English does not have");
                }
            }
        }
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).isBlank()) {
                problems.add(ENGLISH + " has an empty " + key);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutAsciiApostrophes() throws IOException {
        List<Path> bundles = new ArrayList<>(translations());
        bundles.add(I18N.resolve(ENGLISH));
        for (Path file : bundles) {
            Properties bundle = load(file);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                // MessageFormat would swallow an ASCII apostrophe; the bundles use the typographic one.
                assertFalse(value.contains("'"), file.getFileName() + " " + key + " contains an ASCII apostrophe");
                try {
                    new MessageFormat(value, Locale.ROOT).format(new Object[] {1, 2, 3});
                } catch (IllegalArgumentException e) {
                    fail(file.getFileName() + " " + key + " is not a valid MessageFormat: " + e.getMessage());
                }
            }
        }
    }

    @Test
    void everyKeyThePagesAndPluginXmlUseExistsInEnglish() throws IOException {
        Properties english = load(I18N.resolve(ENGLISH));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("web")),
                Files.walk(Path.of("src/main/java/org/lastpresence/admin")))) {
            for (Path source : sources.filter(Files::isRegularFile).collect(Collectors.toList())) {
                Matcher literal = KEY_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (literal.find()) {
                    used.add(literal.group(1));
                }
            }
        }
        Matcher pluginXml = PLUGIN_XML_KEY.matcher(Files.readString(Path.of("plugin.xml"), StandardCharsets.UTF_8));
        while (pluginXml.find()) {
            used.add(pluginXml.group(1));
        }
        // Keys the code builds from parts.
        for (Setting<?> setting : Settings.all()) {
            used.add("lastpresence.settings." + setting.name() + ".label");
            used.add("lastpresence.settings." + setting.name() + ".help");
            String group = setting instanceof BooleanSetting ? "boolean" : setting.name();
            for (String choice : setting.choices()) {
                used.add("lastpresence.settings.choice." + group + "." + choice);
            }
        }
        for (String show : new String[] {"available", "away", "chat", "dnd", "xa"}) {
            used.add("lastpresence.show." + show);
        }
        for (String unit : new String[] {"days", "hours", "minutes", "seconds"}) {
            used.add("lastpresence.duration." + unit);
        }
        assertTrue(used.size() > 60, "the scan found the keys in use: " + used.size());
        Set<String> missing = used.stream().filter(key -> !english.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "Missing in " + ENGLISH + ": " + missing);
    }

    @Test
    void theProblemKeysOfEverySettingKindHaveMessages() throws IOException {
        Properties english = load(I18N.resolve(ENGLISH));
        for (String kind : new String[] {"empty", "boolean", "choice", "integer", "range"}) {
            assertTrue(english.containsKey("lastpresence.settings.error." + kind), kind);
        }
        assertEquals("Enter a whole number from 1 to 60,000.", AdminFixture.messages(Locale.ENGLISH)
                .text("lastpresence.settings.error.range", 1, 60_000));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }
}

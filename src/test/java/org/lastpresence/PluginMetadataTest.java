package org.lastpresence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dom4j.Element;
import org.dom4j.io.SAXReader;
import org.junit.jupiter.api.Test;

/** The version and date an operator sees (plugin.xml, changelog.html) are the pom's, everywhere. */
class PluginMetadataTest {
    private static final Path SOURCE_PLUGIN_XML = Path.of("plugin.xml");
    private static final Path CHANGELOG = Path.of("changelog.html");
    private static final Pattern FIRST_ENTRY = Pattern.compile("<h2>([^<]*)</h2>");

    private static Path shippedPluginXml() {
        // Set by surefire; the default is where the build writes it.
        Path path = Path.of(System.getProperty("lastpresence.pluginXml", "target/plugin-descriptor/plugin.xml"));
        assertTrue(Files.isRegularFile(path), path + " is missing: it is written by mvn process-resources");
        return path;
    }

    /** Read the way Openfire reads plugin.xml (dom4j). */
    private static Element root(Path file) throws Exception {
        return new SAXReader().read(file.toFile()).getRootElement();
    }

    private static String pomVersion() throws Exception {
        return root(Path.of("pom.xml")).elementTextTrim("version");
    }

    private static String pomDate() throws Exception {
        return root(Path.of("pom.xml")).element("properties").elementTextTrim("plugin.date");
    }

    @Test
    void shippedPluginXmlCarriesThePomsVersionAndDate() throws Exception {
        Element plugin = root(shippedPluginXml());
        assertEquals(pomVersion(), plugin.elementTextTrim("version"));
        assertEquals(pomDate(), plugin.elementTextTrim("date"));
        LocalDate.parse(plugin.elementTextTrim("date"));
    }

    @Test
    void filteringReplacesOnlyVersionAndDateAndLeavesOpenfiresKeysLiteral() throws Exception {
        // The ${...} keys (admin console sidebar texts) are resolved by Openfire from the i18n bundles at run time.
        String source = Files.readString(SOURCE_PLUGIN_XML, StandardCharsets.UTF_8);
        assertTrue(source.contains("${lastpresence.admin.sidebar}"), "plugin.xml names the sidebar through i18n");
        String expected = source.replace("@project.version@", pomVersion()).replace("@plugin.date@", pomDate());
        assertEquals(expected, Files.readString(shippedPluginXml(), StandardCharsets.UTF_8));
    }

    @Test
    void latestChangelogEntryNamesThePomsVersionAndDate() throws Exception {
        Matcher entry = FIRST_ENTRY.matcher(Files.readString(CHANGELOG, StandardCharsets.UTF_8));
        assertTrue(entry.find(), "changelog.html has no <h2> entry");
        assertEquals(pomVersion() + " &ndash; " + pomDate(), entry.group(1).trim(),
                "the latest changelog entry must be the release the pom builds");
    }
}

package org.lastpresence.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The built plugin archive (target/lastpresence.jar) and its installation into a plugins directory. */
public final class PluginArchive {
    /** System property naming the archive; failsafe and the demo profile set it to target/lastpresence.jar. */
    public static final String PROPERTY = "lastpresence.jar";

    /** The plugin.xml elements Openfire 4.2.0 resolves through the plugin's i18n before the plugin is loaded. */
    private static final Pattern METADATA_KEY =
            Pattern.compile("<(name|description)>\\s*(\\$\\{[^}]*\\})\\s*</(?:name|description)>");

    private PluginArchive() {
    }

    /**
     * Fails fast on an archive that Openfire 4.2.0 cannot load: a {@code ${key}} in plugin.xml's {@code <name>}
     * or {@code <description>} makes 4.2.0 look the plugin up before it is loaded, throw "Plugin could not be
     * located" and abort the whole plugin monitor pass, so the client port never opens (later versions cope).
     */
    public static void requireLoadableOnOpenfire420(Path archive) {
        String pluginXml;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry("plugin.xml");
            if (entry == null) {
                throw new IllegalStateException("Plugin archive " + archive + " has no plugin.xml");
            }
            pluginXml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read plugin.xml of " + archive, e);
        }
        Matcher key = METADATA_KEY.matcher(pluginXml);
        if (key.find()) {
            throw new IllegalStateException("plugin.xml of " + archive + " has <" + key.group(1) + ">" + key.group(2)
                    + ": Openfire 4.2.0 cannot load it (NullPointerException 'Plugin could not be located' in "
                    + "LocaleUtils, the plugin monitor pass aborts, the client port never opens); use literal text");
        }
    }

    /** The archive named by {@value #PROPERTY}; fails clearly when the build has not produced it. */
    public static Path fromSystemProperty() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set; run through Maven "
                    + "(mvn verify / mvn -Pdemo package) or pass -D" + PROPERTY + "=target/lastpresence.jar");
        }
        Path archive = Paths.get(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("Plugin archive " + archive + " does not exist; build it with mvn package");
        }
        return archive;
    }

    /**
     * Installs the archive for a boot: a server restarted on a home where this very archive is installed keeps it
     * (and the folder Openfire unpacked it into, with what the plugin keeps there), as a real restart does.
     */
    public static Path installForBoot(Path archive, Path pluginsDirectory, String pluginName) {
        Path target = pluginsDirectory.resolve(pluginName + ".jar");
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(archive), Files.readAllBytes(target))) {
                return target;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare " + archive + " with " + target, e);
        }
        return install(archive, pluginsDirectory, pluginName);
    }

    /**
     * Copies the archive to {@code plugins/<pluginName>.jar} as an operator upload would. The copy is written
     * under a name the plugin monitor ignores and then moved into place, so a monitor pass never sees half a
     * file; the fresh modification time makes the monitor treat it as a new version.
     */
    public static Path install(Path archive, Path pluginsDirectory, String pluginName) {
        Path target = pluginsDirectory.resolve(pluginName + ".jar");
        Path partial = pluginsDirectory.resolve(pluginName + ".jar.part");
        try {
            Files.createDirectories(pluginsDirectory);
            Files.copy(archive, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install " + archive + " as " + target, e);
        }
        return target;
    }
}

package org.lastpresence.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * Writes the files Openfire 4.2.0 needs in its home directory before it boots. Existing files are kept, so a
 * second boot on the same home (also from another JVM) finds the same configuration and database.
 */
public final class OpenfireHome {
    /** Openfire's core schemas; the xmppserver jar does not ship them, Openfire runs one on an empty database. */
    private static final String SCHEMA_RESOURCE = "/openfire/openfire_%s.sql";

    private static final String EMBEDDED_DATABASE = String.join("\n",
            "  <connectionProvider>",
            "    <className>org.jivesoftware.database.EmbeddedConnectionProvider</className>",
            "  </connectionProvider>");

    private static final String OPENFIRE_XML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<jive>",
            "  <adminConsole>",
            "    <port>-1</port>",
            "    <securePort>-1</securePort>",
            "  </adminConsole>",
            "  <network>",
            "    <interface>127.0.0.1</interface>",
            "  </network>",
            "%s",
            "  <locale>en</locale>",
            "  <setup>true</setup>",
            "  <xmpp>",
            "    <domain>" + EmbeddedOpenfire.DOMAIN + "</domain>",
            "    <fqdn>" + EmbeddedOpenfire.DOMAIN + "</fqdn>",
            "  </xmpp>",
            "</jive>",
            "");

    /** Without it JiveGlobals logs an error at boot; nothing in it is needed. */
    private static final String SECURITY_XML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<security>",
            "  <encrypt>",
            "    <algorithm>Blowfish</algorithm>",
            "  </encrypt>",
            "</security>",
            "");

    /** Openfire's default store files and password; empty stores are enough with TLS disabled. */
    private static final String[] KEY_STORES = {"keystore", "truststore", "client.truststore"};
    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private static final String ADMIN_PLUGIN_XML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<plugin>",
            "  <class>" + NoOpAdminPlugin.class.getName() + "</class>",
            "  <name>admin</name>",
            "  <description>No-op stand-in for the admin console (tests only).</description>",
            "  <author>Last Presence tests</author>",
            "  <version>4.2.0</version>",
            "</plugin>",
            "");

    private OpenfireHome() {
    }

    /** Creates {@code home} and any of its missing files for the embedded database; returns the absolute path. */
    public static Path prepare(Path home) {
        return prepare(home, null);
    }

    /**
     * Creates {@code home} and any of its missing files; returns the absolute home path.
     *
     * @param database the database server to use, or null for Openfire's embedded HSQLDB
     */
    public static Path prepare(Path home, ExternalDatabase database) {
        Path root = home.toAbsolutePath().normalize();
        String connection = database == null ? EMBEDDED_DATABASE : database.openfireXml();
        String schemaType = database == null ? "hsqldb" : database.schemaType();
        try {
            writeIfMissing(root.resolve("conf/openfire.xml"), String.format(OPENFIRE_XML, connection));
            writeIfMissing(root.resolve("conf/security.xml"), SECURITY_XML);
            for (String store : KEY_STORES) {
                // Missing stores cost a warning per connection type at boot and an error per client login.
                emptyKeyStoreIfMissing(root.resolve("resources/security").resolve(store));
            }
            writeIfMissing(root.resolve("resources/database/openfire_" + schemaType + ".sql"), schema(schemaType));
            writeIfMissing(root.resolve("plugins/admin/plugin.xml"), ADMIN_PLUGIN_XML);
            Files.createDirectories(root.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare openfireHome " + root, e);
        }
        return root;
    }

    /** The directory Openfire installs plugin archives from. */
    public static Path pluginsDirectory(Path home) {
        return home.toAbsolutePath().normalize().resolve("plugins");
    }

    private static String schema(String schemaType) throws IOException {
        String resource = String.format(SCHEMA_RESOURCE, schemaType);
        try (InputStream in = OpenfireHome.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void emptyKeyStoreIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, STORE_PASSWORD);
            store.store(out, STORE_PASSWORD);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot write an empty JKS store " + file, e);
        }
    }

    private static void writeIfMissing(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}

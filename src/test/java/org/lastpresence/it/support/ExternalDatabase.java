package org.lastpresence.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A database that a test Openfire reaches through Openfire's standard connection provider (proxool in 4.2.0)
 * instead of its embedded HSQLDB: a database server the test started, shared by servers or stopped under them.
 */
public final class ExternalDatabase {
    private final String driver;
    private final String url;
    private final String user;
    private final String password;
    private final String testSql;
    private final String schemaType;

    /**
     * @param driver     the JDBC driver class
     * @param url        the JDBC URL
     * @param schemaType Openfire's name of the database type, which picks {@code openfire_<type>.sql}
     * @param testSql    a query the pool may run to test a connection
     */
    public ExternalDatabase(String driver, String url, String user, String password, String schemaType,
                            String testSql) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.url = Objects.requireNonNull(url, "url");
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        this.schemaType = Objects.requireNonNull(schemaType, "schemaType");
        this.testSql = Objects.requireNonNull(testSql, "testSql");
    }

    public String driver() {
        return driver;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Openfire's database type name: hsqldb, postgresql, mysql, ... */
    public String schemaType() {
        return schemaType;
    }

    public String testSql() {
        return testSql;
    }

    /** A plain JDBC connection of its own, as an operator's SQL client would open (not Openfire's pool). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** This database as program arguments, for a child JVM; {@link #fromArgs} reads them back. */
    public List<String> toArgs() {
        return List.of(driver, url, user, password, schemaType, testSql);
    }

    /** The database given by {@link #toArgs} at {@code offset} of a child's arguments. */
    public static ExternalDatabase fromArgs(String[] args, int offset) {
        return new ExternalDatabase(args[offset], args[offset + 1], args[offset + 2], args[offset + 3],
                args[offset + 4], args[offset + 5]);
    }

    /** The {@code <connectionProvider>} and {@code <database>} elements of openfire.xml for this database. */
    String openfireXml() {
        return String.join("\n",
                "  <connectionProvider>",
                "    <className>org.jivesoftware.database.DefaultConnectionProvider</className>",
                "  </connectionProvider>",
                "  <database>",
                "    <defaultProvider>",
                "      <driver>" + Xml.escape(driver) + "</driver>",
                "      <serverURL>" + Xml.escape(url) + "</serverURL>",
                "      <username>" + Xml.escape(user) + "</username>",
                "      <password>" + Xml.escape(password) + "</password>",
                "      <testSQL>" + Xml.escape(testSql) + "</testSQL>",
                "      <testBeforeUse>false</testBeforeUse>",
                "      <testAfterUse>false</testAfterUse>",
                "      <minConnections>1</minConnections>",
                "      <maxConnections>10</maxConnections>",
                // Days, as Openfire reads it; the pool re-opens connections after a database restart anyway.
                "      <connectionTimeout>1.0</connectionTimeout>",
                "    </defaultProvider>",
                "  </database>");
    }

    @Override
    public String toString() {
        return schemaType + " at " + url;
    }

    /** XML text escaping for the few values written into openfire.xml. */
    private static final class Xml {
        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}

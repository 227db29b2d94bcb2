package org.lastpresence.it.support;

import java.nio.file.Path;
import java.time.Duration;

import org.hsqldb.Database;
import org.hsqldb.server.Server;
import org.hsqldb.server.ServerConstants;

/**
 * An HSQLDB database server on 127.0.0.1 and a free port (HSQLDB comes with Openfire 4.2.0): a database that a
 * test can stop and start again under a running Openfire, or share between servers in several JVMs.
 */
public final class HsqldbServer implements DatabaseServer {
    private static final String DATABASE = "openfire";

    private final Path files;
    private final int port;
    private Server server;

    private HsqldbServer(Path files, int port) {
        this.files = files;
        this.port = port;
    }

    /** Starts a server whose database files live under {@code directory}. */
    public static HsqldbServer start(Path directory) {
        return start(directory, FreePort.find());
    }

    /** Starts a server on these files and this port (a home's openfire.xml names the port it was made with). */
    public static HsqldbServer start(Path directory, int port) {
        HsqldbServer database = new HsqldbServer(directory.toAbsolutePath().normalize(), port);
        database.start();
        return database;
    }

    /** (Re)starts the server on its port, on the same files. */
    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        Server started = new Server();
        // Quiet first: the setters below are traced otherwise.
        started.setLogWriter(null);
        started.setErrWriter(null);
        started.setSilent(true);
        started.setTrace(false);
        started.setNoSystemExit(true);
        started.setAddress("127.0.0.1");
        started.setPort(port);
        started.setDatabaseName(0, DATABASE);
        started.setDatabasePath(0, "file:" + files.resolve(DATABASE));
        started.start();
        server = started;
        Await.until("HSQLDB server on port " + port, Duration.ofSeconds(30),
                () -> started.getState() == ServerConstants.SERVER_STATE_ONLINE && FreePort.isAccepting(port));
    }

    /** Stops the server, as a database host going away: connections in use fail from now on. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        Server stopping = server;
        server = null;
        stopping.shutdownWithCatalogs(Database.CLOSEMODE_NORMAL);
        Await.until("HSQLDB server on port " + port + " to stop", Duration.ofSeconds(30),
                () -> stopping.getState() == ServerConstants.SERVER_STATE_SHUTDOWN);
    }

    public int port() {
        return port;
    }

    /** How Openfire reaches this server. */
    @Override
    public ExternalDatabase database() {
        return onPort(port);
    }

    /** How Openfire reaches an HSQLDB server of this class on 127.0.0.1 and {@code port} (e.g. from a child JVM). */
    public static ExternalDatabase onPort(int port) {
        return new ExternalDatabase("org.hsqldb.jdbc.JDBCDriver",
                "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/" + DATABASE, "sa", "", "hsqldb",
                "select 1 from INFORMATION_SCHEMA.SYSTEM_USERS");
    }

    @Override
    public void close() {
        stop();
    }
}

package org.lastpresence.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL 15 server of Debian's package ({@code /usr/lib/postgresql/15/bin}, installed by
 * {@code .ci/install-databases}) on 127.0.0.1 and a free port, in a fresh data directory of its own: initdb, then
 * pg_ctl. PostgreSQL refuses to run as root, so a root JVM runs it as the package's {@code postgres} user.
 */
public final class PostgresServer implements DatabaseServer {
    private static final Path BIN = Paths.get("/usr/lib/postgresql/15/bin");
    private static final String SYSTEM_USER = "postgres";
    private static final String USER = "openfire";
    private static final String PASSWORD = "openfire-test";
    private static final String DATABASE = "openfire";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path data;
    private final Path commandLog;
    private final Path serverLog;
    private final int port;
    private Thread stopAtExit;

    private PostgresServer(Path directory, int port) {
        this.data = directory.resolve("data");
        this.commandLog = directory.resolve("commands.log");
        this.serverLog = directory.resolve("server.log");
        this.port = port;
    }

    /** Creates a cluster under {@code directory} (emptied first), starts it and creates the database. */
    public static PostgresServer start(Path directory) {
        if (!Files.isExecutable(BIN.resolve("pg_ctl"))) {
            throw new IllegalStateException(BIN + "/pg_ctl is missing: run .ci/install-databases (mvn verify does)");
        }
        PostgresServer server = new PostgresServer(directoryTheServerMayUse(directory), FreePort.find());
        server.initdb();
        server.start();
        server.createDatabase();
        return server;
    }

    @Override
    public synchronized void start() {
        if (stopAtExit != null) {
            return;
        }
        ServerProcesses.run("pg_ctl start", pgCtl("start", "-l", serverLog.toString()), commandLog, TIMEOUT);
        stopAtExit = ServerProcesses.stopAtExit("postgresql-" + port,
                () -> ServerProcesses.exitCode(pgCtl("stop", "-m", "immediate"), commandLog, TIMEOUT));
        // pg_ctl -w returned once the postmaster said it is ready; a login proves it for our user too.
        Await.until("PostgreSQL on 127.0.0.1:" + port + " to accept a login", TIMEOUT,
                () -> canLogIn("postgres"));
    }

    @Override
    public synchronized void stop() {
        if (stopAtExit == null) {
            return;
        }
        // Fast: open sessions (Openfire's pool) are disconnected, as when a database host restarts.
        ServerProcesses.run("pg_ctl stop", pgCtl("stop", "-m", "fast"), commandLog, TIMEOUT);
        ServerProcesses.forgetAtExit(stopAtExit);
        stopAtExit = null;
    }

    @Override
    public ExternalDatabase database() {
        return new ExternalDatabase("org.postgresql.Driver", url(DATABASE), USER, PASSWORD, "postgresql",
                "select 1");
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private void initdb() {
        Path passwordFile = data.getParent().resolve("password");
        try {
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            owned(passwordFile);
            ServerProcesses.run("initdb", ServerProcesses.as(SYSTEM_USER, List.of(BIN.resolve("initdb").toString(),
                    "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
                    "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")), commandLog, TIMEOUT);
            Files.delete(passwordFile);
            // Loopback TCP only, no Unix socket; durability as a clean stop gives it (the tests never crash it).
            Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "",
                    "port = " + port,
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = ''",
                    "max_connections = 40",
                    "shared_buffers = 16MB",
                    "fsync = off",
                    "full_page_writes = off",
                    ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up PostgreSQL in " + data, e);
        }
    }

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE, e);
        }
        Await.until("database " + DATABASE + " to accept a login", TIMEOUT, () -> canLogIn(DATABASE));
    }

    private boolean canLogIn(String database) {
        try (Connection connection = DriverManager.getConnection(url(database), USER, PASSWORD)) {
            return connection.isValid(5);
        } catch (SQLException notYet) {
            return false;
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?connectTimeout=5";
    }

    private List<String> pgCtl(String action, String... options) {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), action,
                "-D", data.toString(), "-w", "-t", String.valueOf(TIMEOUT.toSeconds())));
        command.addAll(List.of(options));
        return ServerProcesses.as(SYSTEM_USER, command);
    }

    private static void owned(Path path) {
        if (ServerProcesses.runningAsRoot()) {
            ServerProcesses.chown(path, SYSTEM_USER);
        }
    }

    /**
     * The fresh directory under target/, or (as root, when the postgres user cannot reach it, e.g. a clone under
     * /root) a fresh temporary one: the data directory must belong to the user that runs the server.
     */
    private static Path directoryTheServerMayUse(Path wanted) {
        Path directory = ServerProcesses.freshDirectory(wanted);
        if (!ServerProcesses.runningAsRoot()) {
            return directory;
        }
        owned(directory);
        Path log = directory.resolve("commands.log");
        if (ServerProcesses.exitCode(ServerProcesses.as(SYSTEM_USER, List.of("test", "-w", directory.toString())),
                log, TIMEOUT) == 0) {
            return directory;
        }
        try {
            Path temporary = Files.createTempDirectory("lastpresence-postgresql-");
            owned(temporary);
            System.out.println("PostgreSQL data in " + temporary + ": user " + SYSTEM_USER + " cannot reach "
                    + directory);
            return temporary;
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for PostgreSQL data", e);
        }
    }
}

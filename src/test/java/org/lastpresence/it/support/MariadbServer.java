package org.lastpresence.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB 10.11 server of Debian's package ({@code mariadbd}, installed by {@code .ci/install-databases}) on
 * 127.0.0.1 and a free port, with a data directory, socket and options of its own (none of /etc/mysql): a child
 * process of this JVM. Reached with MariaDB's JDBC driver or with MySQL's, as an operator may choose.
 */
public final class MariadbServer implements DatabaseServer {
    private static final Path MARIADBD = Paths.get("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Paths.get("/usr/bin/mariadb-install-db");
    private static final String USER = "openfire";
    private static final String PASSWORD = "openfire-test";
    private static final String DATABASE = "openfire";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** A Unix socket path must fit in sun_path (108 bytes). */
    private static final int MAX_SOCKET_PATH = 100;

    private final Path directory;
    private final Path data;
    private final Path socket;
    private final Path commandLog;
    private final Path serverLog;
    private final int port;
    private Process process;
    private Thread stopAtExit;

    private MariadbServer(Path directory, Path socket, int port) {
        this.directory = directory;
        this.data = directory.resolve("data");
        this.socket = socket;
        this.commandLog = directory.resolve("commands.log");
        this.serverLog = directory.resolve("server.log");
        this.port = port;
    }

    /** Creates a data directory under {@code directory} (emptied first) and starts the server on it. */
    public static MariadbServer start(Path directory) {
        if (!Files.isExecutable(MARIADBD) || !Files.isExecutable(INSTALL_DB)) {
            throw new IllegalStateException(MARIADBD + " or " + INSTALL_DB
                    + " is missing: run .ci/install-databases (mvn verify does)");
        }
        Path dir = ServerProcesses.freshDirectory(directory);
        MariadbServer server = new MariadbServer(dir, socketPath(dir), FreePort.find());
        server.installDb();
        server.start();
        return server;
    }

    @Override
    public synchronized void start() {
        if (process != null) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults",
                "--datadir=" + data, "--socket=" + socket, "--port=" + port, "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--pid-file=" + directory.resolve("mariadbd.pid"),
                "--log-error=" + serverLog, "--init-file=" + directory.resolve("init.sql"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_general_ci",
                "--innodb-buffer-pool-size=32M", "--innodb-flush-log-at-trx-commit=2"));
        if (ServerProcesses.runningAsRoot()) {
            command.add("--user=root");
        }
        try {
            Process started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(commandLog.toFile())).start();
            process = started;
            stopAtExit = ServerProcesses.stopAtExit("mariadb-" + port, () -> terminate(started));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + MARIADBD, e);
        }
        Process starting = process;
        // The init file has run once our user can log in.
        Await.until("MariaDB on 127.0.0.1:" + port + " to accept a login", TIMEOUT, () -> {
            if (!starting.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + starting.exitValue() + ":\n"
                        + ServerProcesses.tail(serverLog));
            }
            return canLogIn();
        });
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        terminate(process);
        if (process.isAlive()) {
            throw new IllegalStateException("mariadbd did not stop within " + TIMEOUT.toSeconds() + " s:\n"
                    + ServerProcesses.tail(serverLog));
        }
        ServerProcesses.forgetAtExit(stopAtExit);
        process = null;
        stopAtExit = null;
    }

    /** Through MariaDB Connector/J, with the option that makes Openfire 4.2.0 see a MySQL database (see readme). */
    @Override
    public ExternalDatabase database() {
        return new ExternalDatabase("org.mariadb.jdbc.Driver",
                "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?useMysqlMetadata=true", USER, PASSWORD,
                "mysql", "select 1");
    }

    /** Through MySQL Connector/J. */
    public ExternalDatabase databaseThroughMysqlDriver() {
        return new ExternalDatabase("com.mysql.cj.jdbc.Driver",
                "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED", USER, PASSWORD,
                "mysql", "select 1");
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private void installDb() {
        try {
            // Run at every start, hence idempotent: the database and the account Openfire logs in with.
            Files.writeString(directory.resolve("init.sql"), String.join("\n",
                    "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4;",
                    "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';",
                    "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'%';",
                    ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the init file in " + directory, e);
        }
        List<String> command = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                "--datadir=" + data, "--skip-test-db", "--skip-name-resolve", "--innodb-buffer-pool-size=32M"));
        if (ServerProcesses.runningAsRoot()) {
            command.add("--user=root");
        }
        ServerProcesses.run("mariadb-install-db", command, commandLog, TIMEOUT);
    }

    private boolean canLogIn() {
        try (Connection connection = DriverManager.getConnection(plainUrl(), USER, PASSWORD)) {
            return connection.isValid(5);
        } catch (SQLException notYet) {
            return false;
        }
    }

    private String plainUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?connectTimeout=5000";
    }

    /** SIGTERM is mariadbd's clean shutdown; killed only if it does not end in time. */
    private static void terminate(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path socketPath(Path directory) {
        Path inside = directory.resolve("mariadbd.sock");
        if (inside.toString().length() <= MAX_SOCKET_PATH) {
            return inside;
        }
        try {
            return Files.createTempDirectory("lastpresence-mariadb-").resolve("mariadbd.sock");
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for the MariaDB socket", e);
        }
    }
}

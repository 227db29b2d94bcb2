package org.lastpresence.it.database;

import java.nio.file.Path;

import org.lastpresence.it.support.DatabaseServer;
import org.lastpresence.it.support.ExternalDatabase;
import org.lastpresence.it.support.PostgresServer;

/** The real-database scenario on Debian's PostgreSQL 15 through the PostgreSQL JDBC driver. */
class PostgresqlIT extends RealDatabaseScenario {
    @Override
    protected DatabaseServer startDatabaseServer(Path directory) {
        return PostgresServer.start(directory);
    }

    @Override
    protected ExternalDatabase database(DatabaseServer server) {
        return server.database();
    }
}

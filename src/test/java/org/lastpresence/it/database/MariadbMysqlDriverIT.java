package org.lastpresence.it.database;

import java.nio.file.Path;

import org.lastpresence.it.support.DatabaseServer;
import org.lastpresence.it.support.ExternalDatabase;
import org.lastpresence.it.support.MariadbServer;

/** The real-database scenario on Debian's MariaDB 10.11 through MySQL Connector/J. */
class MariadbMysqlDriverIT extends RealDatabaseScenario {
    @Override
    protected DatabaseServer startDatabaseServer(Path directory) {
        return MariadbServer.start(directory);
    }

    @Override
    protected ExternalDatabase database(DatabaseServer server) {
        return ((MariadbServer) server).databaseThroughMysqlDriver();
    }
}

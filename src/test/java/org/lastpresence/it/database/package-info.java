/**
 * The plugin on real database servers: {@code RealDatabaseScenario} starts a database server, runs a first Openfire
 * on it in a child JVM, boots the second on the same home and database through {@code OpenfirePerClass} (an
 * instance field: the class is {@code PER_CLASS}), and checks the schema, stored rows, restarts and a database
 * outage. {@code PostgresqlIT}, {@code MariadbIT} and {@code MariadbMysqlDriverIT} choose the server and driver.
 */
package org.lastpresence.it.database;

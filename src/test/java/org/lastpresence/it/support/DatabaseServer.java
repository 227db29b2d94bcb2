package org.lastpresence.it.support;

/**
 * A database server process that a test started on 127.0.0.1 with its own data directory: stopped and started
 * again on the same data and port (a database host restarting under a running Openfire), always stopped at the end.
 */
public interface DatabaseServer extends AutoCloseable {
    /** (Re)starts the server on its port and data, and returns once it accepts logins. Idempotent. */
    void start();

    /** Stops the server cleanly; connections in use fail from now on. Idempotent. */
    void stop();

    /** How Openfire (and a test's own JDBC reads) reach the server. */
    ExternalDatabase database();

    @Override
    void close();
}

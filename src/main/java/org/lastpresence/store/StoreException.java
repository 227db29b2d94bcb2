package org.lastpresence.store;

/** A database operation of the store failed; the caller keeps the pending work and retries. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean databaseUnavailable;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean databaseUnavailable) {
        super(message, cause);
        this.databaseUnavailable = databaseUnavailable;
    }

    /** No connection to the database could be had: nothing can be written until it is back. */
    public static StoreException unavailable(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    public boolean databaseUnavailable() {
        return databaseUnavailable;
    }
}

package org.lastpresence.store;

/** A database operation of the store failed; the caller keeps the pending work and retries. */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

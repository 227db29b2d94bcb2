package org.lastpresence.admin;

/** Openfire's admin audit log, where what an administrator changed is kept (and tests' stand-in for it). */
public interface AuditLog {
    /**
     * Records a change made by the console user of the request.
     *
     * @param summary what was done, short (Openfire cuts it at 250 characters)
     * @param details the values concerned; never a user's status text
     */
    void log(String summary, String details);
}

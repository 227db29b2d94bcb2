package org.lastpresence.admin;

import org.lastpresence.store.LastPresenceStore;

/** The entries page's one change: deleting a stored record, on a POST with the session's CSRF token only. */
final class EntryDeletion {
    /** The form field naming the user whose record is deleted. */
    static final String FIELD = "delete";

    private EntryDeletion() {
    }

    /** Deletes the named user's record when the request may, and audits it; returns what to tell the operator. */
    static Notice apply(PageRequest request, LastPresenceStore store, AdminMessages messages) {
        if (!request.csrfAccepted()) {
            return Notice.error(messages.text("lastpresence.csrf.refused"));
        }
        String user = request.param(FIELD);
        if (user == null || user.isEmpty()) {
            return Notice.error(messages.text("lastpresence.entries.delete.missing"));
        }
        if (!store.delete(user)) {
            return Notice.error(messages.text("lastpresence.entries.delete.none", user));
        }
        // The user name only: the record's status text is the user's, not the audit log's.
        request.audit().log("deleted the Last Presence record of " + user, "username: " + user);
        return Notice.success(messages.text("lastpresence.entries.delete.done", user));
    }
}

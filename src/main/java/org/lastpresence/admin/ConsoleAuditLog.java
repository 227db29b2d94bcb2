package org.lastpresence.admin;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.jivesoftware.openfire.auth.AuthToken;
import org.jivesoftware.openfire.security.SecurityAuditManager;
import org.jivesoftware.util.WebManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's audit log through {@link WebManager#logEvent}, as Openfire's own pages write it (4.2.0 to 5.x): it
 * names the administrator from the auth token the console's login put into the HTTP session.
 */
final class ConsoleAuditLog implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAuditLog.class);
    /** Where Openfire's console login keeps the administrator's token (4.2.0 to 5.x). */
    static final String AUTH_TOKEN = "jive.admin.authToken";

    private final HttpServletRequest request;
    private final HttpServletResponse response;

    ConsoleAuditLog(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
    }

    @Override
    public void log(String summary, String details) {
        try {
            HttpSession session = request.getSession(false);
            Object token = session == null ? null : session.getAttribute(AUTH_TOKEN);
            if (!(token instanceof AuthToken) || ((AuthToken) token).getUsername() == null) {
                LOG.warn("Not in the admin audit log, no console user on the request: {}", summary);
                return;
            }
            WebManager manager = new WebManager();
            manager.init(request, response, session, session.getServletContext());
            if (manager.getUser() != null) {
                manager.logEvent(summary, details);
            } else {
                // WebManager.logEvent needs the administrator to be a user of this server; the token still names them.
                SecurityAuditManager.getInstance().logEvent(((AuthToken) token).getUsername(), summary, details);
            }
        } catch (RuntimeException e) {
            // The change is made; a failing audit log must not turn it into an error page.
            LOG.warn("Could not write to the admin audit log: {}", summary, e);
        }
    }
}

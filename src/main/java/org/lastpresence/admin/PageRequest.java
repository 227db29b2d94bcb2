package org.lastpresence.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/** What the page models need of an HTTP request: its method, its parameters, its CSRF check and the audit log. */
public final class PageRequest {
    static final String FLASH = "org.lastpresence.admin.flash";

    private final HttpServletRequest request;
    private final AuditLog audit;

    public PageRequest(HttpServletRequest request, AuditLog audit) {
        this.request = request;
        this.audit = audit;
        // Forms are posted as UTF-8 (the pages are UTF-8); read them so before the first parameter is touched.
        if (request.getCharacterEncoding() == null) {
            try {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Only a POST may change anything. */
    public boolean isPost() {
        return "POST".equalsIgnoreCase(request.getMethod());
    }

    /** A parameter's value, trimmed; null when absent. */
    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? null : value.trim();
    }

    /** A parameter's value as sent, untrimmed; null when absent. */
    public String rawParam(String name) {
        return request.getParameter(name);
    }

    /** The token to put into this page's forms (creates the HTTP session if needed). */
    public String csrfToken() {
        return CsrfGuard.token(request.getSession(true));
    }

    /** Keeps a notice for the next page this session shows (the page a POST redirects to). */
    public void flash(Notice notice) {
        request.getSession(true).setAttribute(FLASH, notice);
    }

    /** The notice kept by {@link #flash}, once; null when there is none. */
    public Notice takeFlash() {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object notice = session.getAttribute(FLASH);
        session.removeAttribute(FLASH);
        return notice instanceof Notice ? (Notice) notice : null;
    }

    /** A POST whose token matches its session's. */
    public boolean csrfAccepted() {
        return isPost() && CsrfGuard.accepts(request.getSession(false), request.getParameter(CsrfGuard.FIELD));
    }

    /** Where the changes this request makes are recorded, with the console user who made them. */
    public AuditLog audit() {
        return audit;
    }
}

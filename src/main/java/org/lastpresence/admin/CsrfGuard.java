package org.lastpresence.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.servlet.http.HttpSession;

/**
 * Cross-site request forgery protection: one random token per HTTP session, put into every form and required on
 * every POST. Another site can make the browser post, but cannot read the token out of our pages.
 */
public final class CsrfGuard {
    /** The form field that carries the token; named for the plugin so it never meets the console's own "csrf". */
    public static final String FIELD = "lastpresenceCsrf";
    static final String ATTRIBUTE = "org.lastpresence.admin.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfGuard() {
    }

    /** The session's token, created with the session's first form. */
    public static String token(HttpSession session) {
        // Sessions of one browser can serve parallel requests: create the token once.
        synchronized (session) {
            Object existing = session.getAttribute(ATTRIBUTE);
            if (existing instanceof String) {
                return (String) existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** True when the session exists, has a token, and the submitted value is that token. */
    public static boolean accepts(HttpSession session, String submitted) {
        if (session == null || submitted == null) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        if (!(expected instanceof String)) {
            return false;
        }
        // Constant-time comparison, so response timing does not reveal how much of a guess was right.
        return MessageDigest.isEqual(((String) expected).getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }
}

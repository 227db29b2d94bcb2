package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfGuardTest {
    @Test
    void aSessionKeepsOneUnguessableToken() {
        AdminFixture browser = new AdminFixture();
        String token = browser.token();
        assertEquals(token, browser.token());
        assertTrue(token.length() >= 40, "256 random bits, base64url: " + token);
        assertNotEquals(token, new AdminFixture().token(), "another session gets another token");
    }

    @Test
    void onlyAPostWithTheSessionsTokenIsAccepted() {
        AdminFixture browser = new AdminFixture();
        String token = browser.token();
        assertTrue(browser.post(CsrfGuard.FIELD, token).csrfAccepted());
        assertFalse(browser.post().csrfAccepted(), "no token");
        assertFalse(browser.post(CsrfGuard.FIELD, token + "x").csrfAccepted(), "wrong token");
        assertFalse(browser.post(CsrfGuard.FIELD, "").csrfAccepted(), "empty token");
        assertFalse(browser.get(CsrfGuard.FIELD, token).csrfAccepted(), "a GET never changes anything");
        assertFalse(browser.postWithoutSession(CsrfGuard.FIELD, token).csrfAccepted(),
                "a post from outside the session");
    }

    @Test
    void aSessionWithoutTokenAcceptsNothing() {
        AdminFixture browser = new AdminFixture();
        assertFalse(browser.post(CsrfGuard.FIELD, "anything").csrfAccepted());
        assertFalse(CsrfGuard.accepts(null, "anything"));
    }
}

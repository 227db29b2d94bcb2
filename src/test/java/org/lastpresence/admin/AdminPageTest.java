package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Optional;

import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** The controller part every page shares: redirect after a change, status, texts, and the plugin not running. */
class AdminPageTest {
    private final AdminFixture fixture = new AdminFixture();
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    void aSavedFormRedirectsAndRendersNothing() throws Exception {
        AdminView<SettingsForm> view = AdminPage.SETTINGS.respond(Optional.of(fixture.services),
                fixture.post(CsrfGuard.FIELD, fixture.token(), "lastpresence.enabled", "true",
                        "lastpresence.stamp.delivered", "true", "lastpresence.login.offline", "true",
                        "lastpresence.idle.offline", "true", "lastpresence.uptime.visibility", "everyone",
                        "lastpresence.components", "true", "lastpresence.probe.burst", "20",
                        "lastpresence.probe.perMinute", "60", "lastpresence.stamp.precision", "minute",
                        "lastpresence.retention.days", "0", "lastpresence.cache.sizeMB", "32",
                        "lastpresence.cache.lifetimeMinutes", "360"),
                fixture.english, response);
        assertTrue(view.redirected());
        verify(response).sendRedirect("settings.jsp");
        assertEquals("minute", fixture.properties.get("lastpresence.stamp.precision"));
    }

    @Test
    void aRefusedFormIsRenderedWithItsStatusAndNotice() throws Exception {
        AdminView<EntriesPage> view = AdminPage.ENTRIES.respond(Optional.of(fixture.services),
                fixture.post("delete", "alice"), fixture.english, response);
        assertFalse(view.redirected());
        verify(response).setStatus(403);
        verify(response, never()).sendRedirect(anyString());
        assertEquals("jive-error", view.notices().get(0).cssClass());
        assertEquals("lastpresence-entries", view.pageId());
        assertEquals("Last Presence: Entries", view.title());
    }

    @Test
    void aPageWithoutTheRunningPluginSaysSo() throws Exception {
        AdminView<OverviewPage> view = AdminPage.OVERVIEW.respond(Optional.empty(), fixture.get(), fixture.english,
                response);
        assertFalse(view.running());
        assertNull(view.model());
        assertTrue(view.notices().get(0).text().startsWith("The Last Presence plugin is not running"));
    }

    @Test
    void textsAreEscapedForHtml() throws Exception {
        AdminView<OverviewPage> view = AdminPage.OVERVIEW.respond(Optional.of(fixture.services), fixture.get(),
                fixture.english, response);
        assertEquals("No user name contains \u201c&lt;b&gt;\u201d.",
                view.html("lastpresence.entries.empty.search", "<b>"));
        assertEquals("en", view.lang());
    }
}

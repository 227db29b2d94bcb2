package org.lastpresence.admin;

import java.io.IOException;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.lastpresence.LastPresencePlugin;
import org.lastpresence.PluginServices;

/**
 * The controller part every admin page shares: the console's language, the running plugin, the request with its
 * CSRF check and audit log, the redirect after a change and the status. Each JSP calls {@link #handle} in its
 * first line and only renders the {@link AdminView} it returns.
 */
public final class AdminPage<M extends PageOutcome> {
    /** What one page does with a request, given the running plugin. */
    public interface Controller<M> {
        M handle(PageRequest request, PluginServices services, AdminMessages messages);
    }

    public static final AdminPage<OverviewPage> OVERVIEW =
            new AdminPage<>("lastpresence-overview", "lastpresence.overview.title", OverviewPage::handle);
    public static final AdminPage<EntriesPage> ENTRIES =
            new AdminPage<>("lastpresence-entries", "lastpresence.entries.title", EntriesPage::handle);
    public static final AdminPage<SettingsForm> SETTINGS =
            new AdminPage<>("lastpresence-settings", "lastpresence.settings.title", SettingsForm::handle);

    private final String pageId;
    private final String titleKey;
    private final Controller<M> controller;

    private AdminPage(String pageId, String titleKey, Controller<M> controller) {
        this.pageId = pageId;
        this.titleKey = titleKey;
        this.controller = controller;
    }

    /** Handles a request from the console: the view to render, or a redirected one when a redirect was sent. */
    public AdminView<M> handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AdminMessages messages = AdminMessages.forConsole();
        return respond(LastPresencePlugin.services(),
                new PageRequest(request, new ConsoleAuditLog(request, response)), messages, response);
    }

    /** The same with the plugin, request and texts given (for tests). */
    AdminView<M> respond(Optional<PluginServices> services, PageRequest request, AdminMessages messages,
                         HttpServletResponse response) throws IOException {
        if (services.isEmpty()) {
            return AdminView.notRunning(pageId, titleKey, messages);
        }
        M model = controller.handle(request, services.get(), messages);
        Optional<String> redirect = model.redirect();
        if (redirect.isPresent()) {
            // Post/redirect/get: a reload of the page shown next does not post again.
            response.sendRedirect(redirect.get());
            return AdminView.redirected(pageId, titleKey, messages);
        }
        response.setStatus(model.status());
        return AdminView.of(pageId, titleKey, messages, model);
    }
}

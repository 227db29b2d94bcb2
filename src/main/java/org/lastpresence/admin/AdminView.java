package org.lastpresence.admin;

import java.util.List;

/** What an admin page renders: its model (absent while the plugin is not running), its texts, its notices. */
public final class AdminView<M extends PageOutcome> {
    private final String pageId;
    private final String titleKey;
    private final AdminMessages messages;
    private final M model;
    private final boolean redirected;

    private AdminView(String pageId, String titleKey, AdminMessages messages, M model, boolean redirected) {
        this.pageId = pageId;
        this.titleKey = titleKey;
        this.messages = messages;
        this.model = model;
        this.redirected = redirected;
    }

    static <M extends PageOutcome> AdminView<M> of(String pageId, String titleKey, AdminMessages messages, M model) {
        return new AdminView<>(pageId, titleKey, messages, model, false);
    }

    static <M extends PageOutcome> AdminView<M> notRunning(String pageId, String titleKey, AdminMessages messages) {
        return new AdminView<>(pageId, titleKey, messages, null, false);
    }

    static <M extends PageOutcome> AdminView<M> redirected(String pageId, String titleKey, AdminMessages messages) {
        return new AdminView<>(pageId, titleKey, messages, null, true);
    }

    /** A redirect was sent: the page renders nothing. */
    public boolean redirected() {
        return redirected;
    }

    /** The plugin is running and the model is there to render. */
    public boolean running() {
        return model != null;
    }

    public M model() {
        return model;
    }

    /** The console's id of the page's sidebar entry, for {@code <meta name="pageID">}. */
    public String pageId() {
        return pageId;
    }

    /** A text of the page's language, escaped for HTML. */
    public String html(String key, Object... arguments) {
        return Html.escape(messages.text(key, arguments));
    }

    /** "Last Presence: Overview", escaped. */
    public String title() {
        return html("lastpresence.page.title", messages.text(titleKey));
    }

    /** The language tag for {@code <html lang>}, escaped. */
    public String lang() {
        return Html.escape(messages.languageTag());
    }

    /** The messages at the top of the page; while the plugin is not running, that it is not. */
    public List<Notice> notices() {
        return running() ? model.notices() : List.of(Notice.error(messages.text("lastpresence.notRunning")));
    }
}

package org.lastpresence.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lastpresence.PluginServices;

/** The entries page: the records and live states, searched, sorted by time, paged; deletion after confirmation. */
public final class EntriesPage implements PageOutcome {
    static final String PAGE = "entries.jsp";

    private final EntriesQuery query;
    private final List<EntryRow> matching;
    private final AdminMessages messages;
    private final Instant now;
    private final Notice notice;
    private final int status;
    private final String redirect;
    private final EntryView confirmation;
    private final String confirmationUser;
    private final String csrfToken;

    private EntriesPage(PageRequest request, EntriesQuery query, PluginServices services, AdminMessages messages,
                        Notice notice, int status, String redirect) {
        this.query = query;
        this.messages = messages;
        this.now = services.clock().instant();
        this.notice = notice;
        this.status = status;
        this.redirect = redirect;
        List<EntryRow> rows = new ArrayList<>();
        for (EntryRow row : EntryRows.collect(services.records(), services.resources())) {
            if (query.matches(row.username())) {
                rows.add(row);
            }
        }
        Comparator<EntryRow> byTime = Comparator.comparing(EntryRow::since);
        rows.sort((query.newestFirst() ? byTime.reversed() : byTime).thenComparing(EntryRow::username));
        this.matching = rows;
        // A confirmation is asked for by a GET (?confirm=user) and changes nothing; the POST it offers deletes.
        String confirm = request.isPost() ? null : request.param("confirm");
        this.confirmationUser = confirm;
        this.confirmation = confirm == null ? null : services.store().find(confirm)
                .filter(record -> !services.resources().isOnline(record.username()))
                .map(record -> new EntryView(new EntryRow(record.username(), false, null,
                        record.status().orElse(null), record.since(), record.resource()), messages, now))
                .orElse(null);
        this.csrfToken = request.csrfToken();
    }

    /** Handles a request: a POST deletes (then redirects, or shows why not), a GET only shows. */
    public static EntriesPage handle(PageRequest request, PluginServices services, AdminMessages messages) {
        EntriesQuery query = EntriesQuery.from(request);
        if (request.isPost()) {
            Notice outcome = EntryDeletion.apply(request, services.store(), messages);
            if (!outcome.isError()) {
                // Post/redirect/get: reloading the result page must not post again.
                request.flash(outcome);
                return new EntriesPage(request, query, services, messages, null, 303, PAGE + "?" + query.queryString());
            }
            int status = request.csrfAccepted() ? 200 : 403;
            return new EntriesPage(request, query, services, messages, outcome, status, null);
        }
        return new EntriesPage(request, query, services, messages, request.takeFlash(), 200, null);
    }

    /** Where to send the browser instead of rendering, after a change. */
    @Override
    public Optional<String> redirect() {
        return Optional.ofNullable(redirect);
    }

    /** The HTTP status of the page: 403 when a form was refused for its missing or wrong token. */
    @Override
    public int status() {
        return status;
    }

    /** What a POST did or why it did nothing, or the notice it left for this page. */
    public Optional<Notice> notice() {
        return Optional.ofNullable(notice);
    }

    /** The notice, then the message of a confirmation asked for a record that is not there. */
    @Override
    public List<Notice> notices() {
        List<Notice> notices = new ArrayList<>();
        notice().ifPresent(notices::add);
        confirmationMissing().map(Notice::error).ifPresent(notices::add);
        return notices;
    }

    public EntriesQuery query() {
        return query;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The record whose deletion waits for confirmation. */
    public Optional<EntryView> confirmation() {
        return Optional.ofNullable(confirmation);
    }

    /** A confirmation was asked for a user who has no deletable record. */
    public Optional<String> confirmationMissing() {
        return confirmationUser != null && confirmation == null
                ? Optional.of(messages.text("lastpresence.entries.delete.none", confirmationUser)) : Optional.empty();
    }

    /** How many rows match the search. */
    public int total() {
        return matching.size();
    }

    public int pages() {
        return Math.max(1, (matching.size() + query.pageSize() - 1) / query.pageSize());
    }

    /** The page shown: the one asked for, or the last one when it asked for more. */
    public int page() {
        return Math.min(query.page(), pages());
    }

    /** The rows of the page shown. */
    public List<EntryView> rows() {
        int from = (page() - 1) * query.pageSize();
        int to = Math.min(matching.size(), from + query.pageSize());
        List<EntryView> views = new ArrayList<>();
        for (EntryRow row : matching.subList(from, to)) {
            views.add(new EntryView(row, messages, now));
        }
        return views;
    }

    /** The text in place of the table when there is nothing to show; empty when there is. */
    public Optional<String> emptyText() {
        if (!matching.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query.search().isEmpty() ? messages.text("lastpresence.entries.empty")
                : messages.text("lastpresence.entries.empty.search", query.search()));
    }

    /** "Showing 26–50 of 80". */
    public String summary() {
        int from = matching.isEmpty() ? 0 : (page() - 1) * query.pageSize() + 1;
        int to = Math.min(matching.size(), page() * query.pageSize());
        return messages.text("lastpresence.entries.summary", from, to, matching.size());
    }

    public String pageHref(int otherPage) {
        return PAGE + "?" + query.onPage(otherPage).queryString();
    }

    /** The link of the time column's header: the other order. */
    public String sortHref() {
        return PAGE + "?" + query.reversed().queryString();
    }

    public Optional<String> previousHref() {
        return page() > 1 ? Optional.of(pageHref(page() - 1)) : Optional.empty();
    }

    public Optional<String> nextHref() {
        return page() < pages() ? Optional.of(pageHref(page() + 1)) : Optional.empty();
    }

    /** The link that asks to confirm a user's deletion, keeping the current query. */
    public String confirmHref(String username) {
        return PAGE + "?" + query.onPage(page()).queryString() + "&confirm="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    /** The link back to the list without a confirmation. */
    public String cancelHref() {
        return pageHref(page());
    }
}

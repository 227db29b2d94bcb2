package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EntriesPageTest {
    private final AdminFixture fixture = new AdminFixture();

    private EntriesPage get(String... parameters) {
        return EntriesPage.handle(fixture.get(parameters), fixture.services, fixture.english);
    }

    private EntriesPage post(String... parameters) {
        return EntriesPage.handle(fixture.post(parameters), fixture.services, fixture.english);
    }

    private static List<String> users(EntriesPage page) {
        return page.rows().stream().map(EntryView::username).collect(Collectors.toList());
    }

    private Instant hoursAgo(int hours) {
        return AdminFixture.NOW.minus(Duration.ofHours(hours));
    }

    @Test
    void anEmptyStoreSaysSo() {
        EntriesPage page = get();
        assertEquals(0, page.total());
        assertEquals("No last presence is recorded yet. An entry appears when a user logs in, and stays when the user "
                + "logs out.", page.emptyText().orElseThrow());
    }

    @Test
    void showsOfflineRecordsAndOnlineResources() {
        fixture.offlineRecord("alice", "phone", "Gone fishing", hoursAgo(2));
        fixture.online("bob", "laptop", "dnd", "In a meeting", hoursAgo(1));

        List<EntryView> rows = get().rows();
        assertEquals(2, rows.size());
        EntryView bob = rows.get(0);
        assertEquals("bob", bob.username());
        assertEquals("Online", bob.presence());
        assertEquals("Do not disturb", bob.show());
        assertEquals("In a meeting", bob.status());
        assertEquals("laptop", bob.resource());
        assertFalse(bob.deletable(), "a live resource is the server's state, not a record");
        EntryView alice = rows.get(1);
        assertEquals("Offline", alice.presence());
        assertEquals("", alice.show());
        assertEquals("Gone fishing", alice.status());
        assertEquals("2026-11-21T10:00:00Z", alice.sinceIso());
        assertEquals("2 hours ago", alice.sinceAgo());
        assertEquals("phone", alice.resource());
        assertTrue(alice.deletable());
    }

    @Test
    void anOnlineUsersOldRecordIsNotShown() {
        fixture.offlineRecord("carol", "phone", "old", hoursAgo(30));
        fixture.online("carol", "desk", null, null, hoursAgo(1));
        List<EntryView> rows = get().rows();
        assertEquals(1, rows.size());
        assertEquals("Online", rows.get(0).presence());
        assertEquals("Available", rows.get(0).show());
    }

    @Test
    void aRecordOlderThanTheRetentionIsNotListedEvenBeforeThePurge() {
        fixture.offlineRecord("dora", "phone", "long gone", hoursAgo(50));
        fixture.offlineRecord("emil", "phone", "yesterday", hoursAgo(20));
        fixture.properties.put("lastpresence.retention.days", "2");
        assertEquals(List.of("emil"), users(get()));
    }

    @Test
    void searchesUserNamesIgnoringCase() {
        fixture.offlineRecord("alice", "r", null, hoursAgo(1));
        fixture.offlineRecord("malice", "r", null, hoursAgo(2));
        fixture.offlineRecord("bob", "r", null, hoursAgo(3));
        assertEquals(List.of("alice", "malice"), users(get("q", "ALIC")));
        EntriesPage none = get("q", "zed");
        assertEquals("No user name contains “zed”.", none.emptyText().orElseThrow());
    }

    @Test
    void sortsByTimeNewestFirstUnlessAskedOtherwise() {
        fixture.offlineRecord("old", "r", null, hoursAgo(48));
        fixture.offlineRecord("new", "r", null, hoursAgo(1));
        fixture.offlineRecord("mid", "r", null, hoursAgo(5));
        assertEquals(List.of("new", "mid", "old"), users(get()));
        assertEquals(List.of("old", "mid", "new"), users(get("sort", "oldest")));
        assertTrue(get().sortHref().contains("sort=oldest"));
        assertTrue(get("sort", "oldest").sortHref().contains("sort=newest"));
    }

    @Test
    void pagesBy25Or50Or100() {
        for (int i = 0; i < 120; i++) {
            fixture.offlineRecord(String.format("user%03d", i), "r", null, AdminFixture.NOW.minusSeconds(i));
        }
        EntriesPage first = get();
        assertEquals(25, first.rows().size());
        assertEquals(5, first.pages());
        assertEquals("Showing 1–25 of 120", first.summary());
        assertTrue(first.previousHref().isEmpty());
        assertEquals("entries.jsp?q=&sort=newest&size=25&page=2", first.nextHref().orElseThrow());

        EntriesPage third = get("size", "50", "page", "3");
        assertEquals(20, third.rows().size());
        assertEquals("user100", third.rows().get(0).username());
        assertEquals("Showing 101–120 of 120", third.summary());
        assertTrue(third.nextHref().isEmpty());

        assertEquals(100, get("size", "100").rows().size());
        assertEquals(25, get("size", "7").rows().size(), "only the offered sizes");
        assertEquals(3, get("size", "50", "page", "99").page(), "a page past the end shows the last one");
        assertEquals(1, get("page", "nonsense").page());
    }

    @Test
    void askingToConfirmADeletionChangesNothing() {
        fixture.offlineRecord("alice", "phone", "bye", hoursAgo(2));
        EntriesPage page = get("confirm", "alice");
        assertEquals("alice", page.confirmation().orElseThrow().username());
        assertTrue(fixture.store.find("alice").isPresent());
        assertEquals("There is no stored record of nobody to delete; nothing was changed.",
                get("confirm", "nobody").confirmationMissing().orElseThrow());
    }

    @Test
    void aConfirmedDeletionDeletesAndRedirectsWithANotice() {
        fixture.offlineRecord("alice", "phone", "bye", hoursAgo(2));
        fixture.offlineRecord("bob", "phone", "bye", hoursAgo(3));
        String token = fixture.token();

        EntriesPage posted = post(CsrfGuard.FIELD, token, "delete", "alice", "q", "a", "size", "50");
        assertEquals("entries.jsp?q=a&sort=newest&size=50&page=1", posted.redirect().orElseThrow(),
                "post/redirect/get, keeping the list as it was");
        assertFalse(fixture.store.find("alice").isPresent());
        assertTrue(fixture.store.find("bob").isPresent());

        EntriesPage after = get("q", "a");
        assertEquals("The record of alice was deleted.", after.notice().orElseThrow().text());
        assertTrue(get().notice().isEmpty(), "the notice is shown once");
    }

    @Test
    void aDeletionWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
        fixture.offlineRecord("alice", "phone", "bye", hoursAgo(2));
        fixture.token();

        EntriesPage forged = post("delete", "alice");
        assertEquals(403, forged.status());
        assertTrue(forged.redirect().isEmpty());
        assertTrue(forged.notice().orElseThrow().isError());
        assertTrue(forged.notice().orElseThrow().text().startsWith("The form was refused"));
        assertTrue(fixture.store.find("alice").isPresent());

        EntriesPage foreign = EntriesPage.handle(
                fixture.postWithoutSession(CsrfGuard.FIELD, "guess", "delete", "alice"),
                fixture.services, fixture.english);
        assertEquals(403, foreign.status());
        assertTrue(fixture.store.find("alice").isPresent());
    }

    @Test
    void deletingWhatIsNotThereSaysSo() {
        EntriesPage page = post(CsrfGuard.FIELD, fixture.token(), "delete", "ghost");
        assertEquals(200, page.status());
        assertEquals("There is no stored record of ghost to delete; nothing was changed.",
                page.notice().orElseThrow().text());
    }

    @Test
    void aDeletionIsAuditedByUserNameWithoutTheStatusText() {
        fixture.offlineRecord("alice", "phone", "Secret plans", hoursAgo(2));
        post(CsrfGuard.FIELD, fixture.token(), "delete", "alice");
        assertEquals(List.of("deleted the Last Presence record of alice | username: alice"), fixture.audit);
        assertFalse(fixture.audit.get(0).contains("Secret"), "a user's status text stays out of the audit log");
    }

    @Test
    void aRefusedOrEmptyDeletionIsNotAudited() {
        fixture.offlineRecord("alice", "phone", "bye", hoursAgo(2));
        fixture.token();
        post("delete", "alice");
        post(CsrfGuard.FIELD, fixture.token(), "delete", "ghost");
        assertEquals(List.of(), fixture.audit);
    }

    @Test
    void aConfirmationOfAMissingRecordIsShownAsAnErrorNotice() {
        List<Notice> notices = get("confirm", "nobody").notices();
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).isError());
        assertEquals("jive-error", notices.get(0).cssClass());
    }
}

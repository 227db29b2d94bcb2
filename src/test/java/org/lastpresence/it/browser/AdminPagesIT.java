package org.lastpresence.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dom4j.Element;
import org.jivesoftware.admin.AdminConsole;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.security.SecurityAuditEvent;
import org.jivesoftware.openfire.security.SecurityAuditManager;
import org.jivesoftware.util.JiveGlobals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.OpenfirePerClass;
import org.lastpresence.it.support.PresenceMatchers;
import org.lastpresence.it.support.ReceivedPresence;
import org.lastpresence.it.support.XmppClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin pages as an operator sees them: served from the installed plugin archive by Openfire 4.2.0's
 * PluginServlet, against a booted Openfire with real XMPP clients, in headless Chromium.
 */
class AdminPagesIT {
    private static final String PLUGIN = EmbeddedOpenfire.PLUGIN_NAME;
    private static final String PASSWORD = "secret";
    private static final String ADMIN = "admin";
    private static final String ISO_SECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    private static AdminConsoleStandIn console;

    @RegisterExtension
    static final OpenfirePerClass OPENFIRE = OpenfirePerClass.withDefaultSettings()
            // The console first: PluginServlet must be initialized when the plugin loads, to register its pages.
            .beforeBoot(boot -> console = AdminConsoleStandIn.start(ADMIN))
            .afterStop(() -> {
                if (console != null) {
                    console.stop();
                }
            });

    private static EmbeddedOpenfire openfire;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        openfire = OPENFIRE.server();
        for (String user : List.of(ADMIN, "alice", "bob", "carol", "dave", "erin", "frank", "gina")) {
            openfire.accounts().createUser(user, PASSWORD);
        }
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        // Then the extension stops the server, then the console.
        if (browser != null) {
            browser.close();
        }
    }

    private static void open(String page) {
        browser.open(console.pageUrl(PLUGIN, page));
    }

    private static String serverStartIso() {
        Instant started = XMPPServer.getInstance().getServerInfo().getLastStarted().toInstant();
        return DateTimeFormatter.ISO_INSTANT.format(started.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Optional<WebElement> row(String user) {
        return browser.findAll(By.cssSelector("#lp-entries tr[data-user='" + user + "']")).stream().findFirst();
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.className(cssClass)).getText().trim();
    }

    private static List<String> listedUsers() {
        return browser.findAll(By.cssSelector("#lp-entries tr[data-user]")).stream()
                .map(row -> row.getAttribute("data-user")).collect(Collectors.toList());
    }

    @Test
    void theConsoleSidebarLinksEachPageUnderItsTranslatedName() {
        Element sidebar = AdminConsole.getElemnetByID("sidebar-lastpresence");
        assertEquals("tab-server", sidebar.getParent().attributeValue("id"));
        assertEquals("Last Presence", AdminConsole.getAdminText(sidebar.attributeValue("name"), PLUGIN));
        String[][] pages = {{"lastpresence-overview", "overview.jsp", "Overview"},
                {"lastpresence-entries", "entries.jsp", "Entries"},
                {"lastpresence-settings", "settings.jsp", "Settings"}};
        for (String[] page : pages) {
            Element item = AdminConsole.getElemnetByID(page[0]);
            assertEquals(page[2], AdminConsole.getAdminText(item.attributeValue("name"), PLUGIN));
            assertEquals("plugins/" + PLUGIN + "/" + page[1], item.attributeValue("url"));
            // The console's decorator finds the sidebar entry of a page by the page's pageID.
            open(page[1]);
            assertEquals(page[0], browser.find(By.cssSelector("meta[name='pageID']")).getAttribute("content"));
        }
    }

    @Test
    void theOverviewShowsSinceWhenTheServerAndItsComponentsAreUp() throws Exception {
        open("overview.jsp");

        assertEquals(serverStartIso(), browser.text(By.id("lp-server-started")));
        String uptime = browser.text(By.id("lp-server-uptime"));
        assertTrue(uptime.matches("up \\d+ (second|seconds|minute|minutes)( \\d+ (second|seconds))?"),
                "a server booted for this test has been up for seconds or minutes: " + uptime);
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        assertEquals("lastpresence-overview",
                browser.find(By.cssSelector("meta[name='pageID']")).getAttribute("content"));

        List<String> components = XMPPServer.getInstance().getRoutingTable().getComponentsDomains().stream()
                .sorted().collect(Collectors.toList());
        assertFalse(components.isEmpty(), "Openfire registers its internal components (pubsub, ...)");
        for (String component : components) {
            WebElement line = browser.find(By.cssSelector("#lp-components tr[data-domain='" + component + "']"));
            assertTrue(cell(line, "lp-registered").matches(ISO_SECONDS), component);
            assertTrue(cell(line, "lp-uptime").startsWith("up "), component);
        }

        for (String counter : List.of("recordsStored", "probesAnswered", "probesRateLimited", "stampsAdded",
                "forgedDelaysRemoved", "recordsKept", "usersOnline")) {
            assertTrue(browser.text(By.id("lp-counter-" + counter)).matches("[\\d,]+"), counter);
        }
        browser.screenshot("overview-en");
    }

    @Test
    void aRealLoginAndLogoutMakeAnEntryThatCanBeSearchedAndDeleted() throws Exception {
        try (XmppClient alice = XmppClient.loginWithoutPresence(openfire.clientPort(), "alice", PASSWORD, "desk");
             XmppClient bob = XmppClient.loginWithoutPresence(openfire.clientPort(), "bob", PASSWORD, "laptop")) {
            alice.send("<presence><status>Lunch break</status></presence>");
            bob.send("<presence><show>away</show><status>In a meeting</status></presence>");

            open("entries.jsp");
            WebElement online = browser.awaitAfterReloads("alice listed as online",
                    d -> row("alice").filter(r -> r.getAttribute("class").contains("lp-online")).orElse(null));
            assertEquals("Online", cell(online, "lp-presence"));
            assertEquals("Available", cell(online, "lp-show"));
            assertEquals("Lunch break", cell(online, "lp-status"));
            assertEquals("desk", cell(online, "lp-resource"));
            WebElement bobRow = browser.awaitAfterReloads("bob listed", d -> row("bob").orElse(null));
            assertEquals("Away", cell(bobRow, "lp-show"));

            alice.send("<presence type='unavailable'><status>Gone home</status></presence>");
            WebElement offline = browser.awaitAfterReloads("alice listed as offline",
                    d -> row("alice").filter(r -> r.getAttribute("class").contains("lp-offline")).orElse(null));
            assertEquals("Offline", cell(offline, "lp-presence"));
            assertEquals("Gone home", cell(offline, "lp-status"));
            assertEquals("desk", cell(offline, "lp-resource"));
            String since = offline.findElement(By.tagName("time")).getText().trim();
            assertTrue(since.matches(ISO_SECONDS), since);
            assertTrue(cell(offline, "lp-ago").matches("just now|\\d+ seconds? ago|1 minute ago"),
                    cell(offline, "lp-ago"));
            browser.screenshot("entries-en");

            // Search by user name, as an operator types it.
            WebElement search = browser.find(By.id("lp-q"));
            search.clear();
            search.sendKeys("ALI");
            browser.find(By.id("lp-search-button")).click();
            browser.await("the search result", d -> d.getCurrentUrl().contains("q=ALI") ? true : null);
            assertEquals(List.of("alice"), listedUsers());
            assertEquals("Showing 1–1 of 1", browser.text(By.id("lp-summary")));
            browser.screenshot("entries-search-en");

            search = browser.find(By.id("lp-q"));
            search.clear();
            search.sendKeys("nobody");
            browser.find(By.id("lp-search-button")).click();
            assertEquals("No user name contains “nobody”.",
                    browser.await("the empty state", d -> d.findElement(By.id("lp-empty"))).getText().trim());

            // Delete, after confirmation. Asking for the confirmation changes nothing.
            open("entries.jsp");
            row("alice").orElseThrow().findElement(By.className("lp-delete")).click();
            WebElement confirmation = browser.await("the confirmation", d -> d.findElement(By.id("lp-confirm")));
            assertTrue(confirmation.getText().startsWith("Delete the stored last presence of alice?"),
                    confirmation.getText());
            assertTrue(row("alice").isPresent(), "nothing is deleted before the confirmation");
            browser.screenshot("entries-confirm-en");
            browser.find(By.id("lp-confirm-delete")).click();
            assertEquals("The record of alice was deleted.",
                    browser.await("the deletion notice", d -> d.findElement(By.id("lp-notice"))).getText().trim());
            assertFalse(row("alice").isPresent());
            assertTrue(row("bob").isPresent());
            open("entries.jsp");
            assertFalse(row("alice").isPresent(), "the deletion holds on a fresh page");
        }
    }

    @Test
    void aBadSettingIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
        open("settings.jsp");
        WebElement burst = browser.find(By.id("lp-probe-burst"));
        assertEquals("20", burst.getAttribute("value"));
        burst.clear();
        burst.sendKeys("0");
        WebElement perMinute = browser.find(By.id("lp-probe-perMinute"));
        perMinute.clear();
        perMinute.sendKeys("30");
        browser.find(By.id("lp-save")).click();

        WebElement message = browser.await("the inline message", d -> d.findElement(By.id("lp-probe-burst-error")));
        assertEquals("Enter a whole number from 1 to 10,000.", message.getText().trim());
        assertEquals("Nothing was saved: correct the values marked below.", browser.text(By.id("lp-notice")));
        assertEquals("0", browser.find(By.id("lp-probe-burst")).getAttribute("value"), "kept for correction");
        browser.screenshot("settings-invalid-en");

        assertNull(JiveGlobals.getProperty("lastpresence.probe.burst"));
        assertNull(JiveGlobals.getProperty("lastpresence.probe.perMinute"), "the valid value was not saved either");
        open("settings.jsp");
        assertEquals("20", browser.find(By.id("lp-probe-burst")).getAttribute("value"));
        assertEquals("60", browser.find(By.id("lp-probe-perMinute")).getAttribute("value"));
    }

    @Test
    void aGoodSettingChangesWhatAnXmppClientReceives() throws Exception {
        try (XmppClient carol = XmppClient.login(openfire.clientPort(), "carol", PASSWORD, "phone")) {
            open("overview.jsp");
            String startedAsShown = browser.text(By.id("lp-server-started"));
            Instant started = Instant.parse(startedAsShown);

            assertEquals(started, probeTheServer(carol), "stamped to the second, as the overview shows it");

            open("settings.jsp");
            new Select(browser.find(By.id("lp-stamp-precision"))).selectByValue("day");
            browser.find(By.id("lp-save")).click();
            assertEquals("1 setting was saved; the change applies now.",
                    browser.await("the saved notice", d -> d.findElement(By.id("lp-notice"))).getText().trim());
            assertEquals("To the day",
                    new Select(browser.find(By.id("lp-stamp-precision"))).getFirstSelectedOption().getText());
            browser.screenshot("settings-en");

            assertEquals(started.truncatedTo(ChronoUnit.DAYS), probeTheServer(carol),
                    "the same client's next probe gets a stamp cut to the day, without a restart");
        } finally {
            openfire.setProperty("lastpresence.stamp.precision", "second");
        }
    }

    private static Instant probeTheServer(XmppClient client) {
        int mark = client.mark();
        client.send("<presence type='probe' to='" + openfire.domain() + "'/>");
        ReceivedPresence answer = client.awaitPresenceAfter(mark,
                PresenceMatchers.from(openfire.domain()).and(PresenceMatchers.delayed()), XmppClient.DEFAULT_TIMEOUT);
        return answer.delayStamp().orElseThrow();
    }

    @Test
    void aForgedFormPostIsRefusedAndAGetChangesNothing() throws Exception {
        open("settings.jsp");
        String token = browser.find(By.name("lastpresenceCsrf")).getAttribute("value");

        // What another site's page can do: post the form's fields, but it cannot read the session's token.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var form = document.createElement('form');"
                        + "form.method = 'post'; form.action = 'settings.jsp';"
                        + "document.querySelectorAll('#lp-settings select, #lp-settings input[type=text]')"
                        + "  .forEach(function (field) {"
                        + "    var copy = document.createElement('input'); copy.type = 'hidden';"
                        + "    copy.name = field.name; copy.value = field.value; form.appendChild(copy); });"
                        + "form.querySelector('[name=\"lastpresence.enabled\"]').value = 'false';"
                        + "document.body.appendChild(form); form.submit();");
        WebElement notice = browser.await("the refusal",
                d -> d.findElements(By.id("lp-notice")).stream().findFirst().orElse(null));
        assertTrue(notice.getText().startsWith("The form was refused because it did not carry this console "
                + "session’s security token"), notice.getText());
        assertEquals("jive-error", notice.getAttribute("class"), "the console's error box");
        assertEquals("true", new Select(browser.find(By.id("lp-enabled"))).getFirstSelectedOption()
                .getAttribute("value"));
        browser.screenshot("settings-forged-en");
        assertNull(JiveGlobals.getProperty("lastpresence.enabled"), "nothing was saved");

        // A GET never changes anything, even with the right token in it.
        open("settings.jsp?lastpresenceCsrf=" + token + "&lastpresence.enabled=false");
        assertNull(JiveGlobals.getProperty("lastpresence.enabled"));

        // The same for a deletion: a record made by a real login and logout survives a GET and a forged POST.
        try (XmppClient erin = XmppClient.loginWithoutPresence(openfire.clientPort(), "erin", PASSWORD, "pc")) {
            erin.send("<presence><status>Here</status></presence>");
            erin.send("<presence type='unavailable'><status>Away for the weekend</status></presence>");
            open("entries.jsp");
            browser.awaitAfterReloads("erin listed as offline",
                    d -> row("erin").filter(r -> r.getAttribute("class").contains("lp-offline")).orElse(null));
        }
        open("entries.jsp?lastpresenceCsrf=" + token + "&delete=erin");
        assertTrue(row("erin").isPresent(), "no deletion on a GET");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var form = document.createElement('form');"
                        + "form.method = 'post'; form.action = 'entries.jsp';"
                        + "var user = document.createElement('input'); user.type = 'hidden';"
                        + "user.name = 'delete'; user.value = 'erin'; form.appendChild(user);"
                        + "document.body.appendChild(form); form.submit();");
        WebElement refused = browser.await("the refusal of the deletion",
                d -> d.findElements(By.id("lp-notice")).stream().findFirst().orElse(null));
        assertTrue(refused.getText().startsWith("The form was refused"), refused.getText());
        assertTrue(row("erin").isPresent(), "the forged deletion deleted nothing");
        open("entries.jsp?q=erin");
        assertEquals("Away for the weekend", cell(row("erin").orElseThrow(), "lp-status"));
    }

    @Test
    void thePagesSpeakTheConsolesLanguage() throws Exception {
        JiveGlobals.setLocale(Locale.GERMAN);
        try {
            assertEquals("Übersicht", AdminConsole.getAdminText(
                    AdminConsole.getElemnetByID("lastpresence-overview").attributeValue("name"), PLUGIN));
            open("overview.jsp");
            assertEquals("de", browser.find(By.tagName("html")).getAttribute("lang"));
            String uptime = browser.text(By.id("lp-server-uptime"));
            assertTrue(uptime.matches("seit \\d+ (Sekunde|Sekunden|Minute|Minuten)( und \\d+ Sekunden?)? in Betrieb"),
                    uptime);
            assertEquals("Seit dem Start des Plugins",
                    browser.findAll(By.cssSelector(".jive-contentBoxHeader")).get(2).getText().trim());
            browser.screenshot("overview-de");

            try (XmppClient dave = XmppClient.login(openfire.clientPort(), "dave", PASSWORD, "tablet")) {
                open("entries.jsp");
                assertTrue(dave.isConnected());
                WebElement daveRow = browser.awaitAfterReloads("dave listed", d -> row("dave").orElse(null));
                assertEquals("Angemeldet", cell(daveRow, "lp-presence"));
                assertEquals("Verfügbar", cell(daveRow, "lp-show"));
                assertTrue(cell(daveRow, "lp-ago").matches("gerade eben|vor \\d+ Sekunden?|vor 1 Minute"),
                        cell(daveRow, "lp-ago"));
                assertEquals("Benutzer", browser.findAll(By.cssSelector("#lp-entries th")).get(0).getText().trim());
                assertEquals("Benutzername enthält", browser.text(By.cssSelector("label[for='lp-q']")));
                browser.screenshot("entries-de");
            }

            open("settings.jsp");
            assertEquals("Abfragen am Stück", browser.text(By.cssSelector("label[for='lp-probe-burst']")));
            WebElement days = browser.find(By.id("lp-retention-days"));
            days.clear();
            days.sendKeys("zehn");
            browser.find(By.id("lp-save")).click();
            assertEquals("Geben Sie eine ganze Zahl ohne Einheit ein.",
                    browser.await("the German message", d -> d.findElement(By.id("lp-retention-days-error")))
                            .getText().trim());
            browser.screenshot("settings-de");
            assertNull(JiveGlobals.getProperty("lastpresence.retention.days"));
        } finally {
            JiveGlobals.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void thePagesUseTheConsolesLookAndNoNavigationOfTheirOwn() throws Exception {
        for (String page : List.of("overview.jsp", "entries.jsp", "settings.jsp")) {
            open(page);
            assertTrue(browser.findAll(By.tagName("nav")).isEmpty(),
                    page + ": the console's sidebar is the navigation");
            assertTrue(browser.findAll(By.cssSelector("[id^='lp-nav']")).isEmpty(), page);
            for (String other : List.of("overview.jsp", "entries.jsp", "settings.jsp")) {
                if (!other.equals(page)) {
                    assertTrue(browser.findAll(By.cssSelector("a[href^='" + other + "']")).isEmpty(),
                            page + " links no other page of the plugin: " + other);
                }
            }
            assertFalse(browser.findAll(By.cssSelector("div.jive-table > table")).isEmpty(),
                    page + " shows its data in the console's tables");
        }
        open("overview.jsp");
        assertEquals(List.of("Server", "Components", "Since the plugin started", "Last 24 hours"),
                browser.findAll(By.cssSelector(".jive-contentBoxHeader")).stream()
                        .map(header -> header.getText().trim()).collect(Collectors.toList()));
        assertEquals(4, browser.findAll(By.cssSelector(".jive-contentBoxHeader + .jive-contentBox")).size());

        open("settings.jsp");
        browser.find(By.id("lp-save")).click();
        WebElement saved = browser.await("the saved notice", d -> d.findElement(By.id("lp-notice")));
        assertEquals("jive-success", saved.getAttribute("class"));
        assertEquals("Nothing was changed: every value was already the stored one.",
                saved.findElement(By.cssSelector("table td.jive-icon-label")).getText().trim());
        assertEquals("/images/success-16x16.gif",
                saved.findElement(By.cssSelector("td.jive-icon img")).getAttribute("src")
                        .replaceFirst("^https?://[^/]+", ""));
        browser.screenshot("settings-saved-en");
    }

    @Test
    void theOverviewChartsTheLastDaysActivityPerHour() throws Exception {
        open("overview.jsp");
        long answeredBefore = counter("probesAnswered");
        long limitedBefore = counter("probesRateLimited");
        long storedBefore = counter("recordsStored");
        int probes = 40;
        try (XmppClient gina = XmppClient.login(openfire.clientPort(), "gina", PASSWORD, "laptop")) {
            // Faster than the allowance refills: the first 20 (the burst) are answered, most of the rest refused.
            for (int i = 0; i < probes; i++) {
                gina.send("<presence type='probe' to='" + openfire.domain() + "'/>");
            }
            browser.awaitAfterReloads("every probe answered or refused", d ->
                    counter("probesAnswered") + counter("probesRateLimited") >= answeredBefore + limitedBefore + probes
                            ? true : null);
        }
        // Gina's logout stores her last presence.
        browser.awaitAfterReloads("gina's last presence stored",
                d -> counter("recordsStored") > storedBefore ? true : null);
        long answered = counter("probesAnswered");
        long limited = counter("probesRateLimited");
        long recorded = counter("presenceChanges");
        assertTrue(limited > limitedBefore, "some probes were over the rate limit");
        assertTrue(answered >= answeredBefore + 20, "the burst was answered");

        WebElement chart = browser.find(By.id("lp-activity-chart"));
        assertEquals("img", chart.getAttribute("role"));
        assertEquals("Activity per hour over the last 24 hours",
                browser.find(By.cssSelector("#lp-activity-chart > title")).getAttribute("textContent").trim());
        String description = browser.find(By.cssSelector("#lp-activity-chart > desc")).getAttribute("textContent");
        assertTrue(description.contains(answered + " probes answered"), description);

        // The server booted for this test class: everything it counted happened in the last 24 hours.
        List<WebElement> rows = browser.findAll(By.cssSelector("#lp-activity-table tbody tr"));
        assertEquals(24, rows.size(), "one table row per hour");
        int column = 1;
        for (Object[] series : new Object[][] {{"lp-recorded", recorded}, {"lp-answered", answered},
                {"lp-limited", limited}}) {
            List<WebElement> bars = browser.findAll(By.cssSelector("#lp-activity-chart rect.lp-bar." + series[0]));
            long sum = bars.stream().mapToLong(bar -> Long.parseLong(bar.getAttribute("data-count"))).sum();
            assertEquals((long) series[1], sum, series[0] + ": the bars add up to the counter since start");
            final int cell = column++;
            long busyHours = rows.stream().filter(row -> !"0".equals(
                    row.findElements(By.tagName("td")).get(cell).getAttribute("textContent").trim())).count();
            assertEquals(busyHours, bars.size(), series[0] + ": one bar per hour with activity, as in the table");
            assertTrue(bars.size() >= 1 && bars.size() <= 2,
                    series[0] + ": the test's activity falls in one hour, or two across an hour's end: " + bars.size());
            for (WebElement bar : bars) {
                assertTrue(Double.parseDouble(bar.getAttribute("height")) >= 1, "a visible bar");
            }
        }
        browser.screenshot("overview-activity-en");
    }

    private static long counter(String id) {
        return Long.parseLong(browser.text(By.id("lp-counter-" + id)).replace(",", ""));
    }

    @Test
    void aSettingsChangeAndADeletionAreInTheAdminAuditLog() throws Exception {
        try (XmppClient frank = XmppClient.loginWithoutPresence(openfire.clientPort(), "frank", PASSWORD, "pc")) {
            frank.send("<presence><status>Here</status></presence>");
            frank.send("<presence type='unavailable'><status>Private matters</status></presence>");
            open("entries.jsp?q=frank");
            browser.awaitAfterReloads("frank listed as offline",
                    d -> row("frank").filter(r -> r.getAttribute("class").contains("lp-offline")).orElse(null));
        }
        try {
            open("settings.jsp");
            new Select(browser.find(By.id("lp-idle-offline"))).selectByValue("false");
            browser.find(By.id("lp-save")).click();
            assertEquals("1 setting was saved; the change applies now.",
                    browser.await("the saved notice", d -> d.findElement(By.id("lp-notice"))).getText().trim());

            open("entries.jsp?q=frank");
            row("frank").orElseThrow().findElement(By.className("lp-delete")).click();
            browser.await("the confirmation", d -> d.findElement(By.id("lp-confirm")));
            browser.find(By.id("lp-confirm-delete")).click();
            assertEquals("The record of frank was deleted.",
                    browser.await("the deletion notice", d -> d.findElement(By.id("lp-notice"))).getText().trim());

            // Where WebManager.logEvent writes: Openfire's security audit log (table ofSecurityAuditLog).
            List<SecurityAuditEvent> events = SecurityAuditManager.getInstance().getEvents(ADMIN, 0, 1_000, null, null);
            Optional<SecurityAuditEvent> change = events.stream()
                    .filter(event -> event.getSummary().equals("changed Last Presence settings")
                            && event.getDetails().contains("lastpresence.idle.offline")).findFirst();
            assertEquals("lastpresence.idle.offline: true -> false", change.orElseThrow().getDetails());
            SecurityAuditEvent deletion = events.stream()
                    .filter(event -> event.getSummary().equals("deleted the Last Presence record of frank"))
                    .findFirst().orElseThrow();
            assertEquals(ADMIN, deletion.getUsername(), "the console user who deleted it");
            assertEquals("username: frank", deletion.getDetails());
            assertTrue(events.stream()
                            .noneMatch(event -> String.valueOf(event.getDetails()).contains("Private matters")),
                    "no status text in the audit log");
        } finally {
            openfire.setProperty("lastpresence.idle.offline", "true");
        }
    }
}

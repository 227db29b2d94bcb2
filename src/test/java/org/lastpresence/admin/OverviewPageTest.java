package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OverviewPageTest {
    private final AdminFixture fixture = new AdminFixture();

    @Test
    void showsTheServerStartAsIsoTimeAndAsUptime() {
        OverviewPage page = new OverviewPage(fixture.services, fixture.english);
        assertEquals("2026-11-18T07:55:00Z", page.serverStarted());
        assertEquals("up 3 days 4 hours", page.serverUptime());
    }

    @Test
    void listsEachComponentWithItsRegistrationTime() {
        fixture.uptimes.registered("pubsub.example.org", AdminFixture.NOW.minus(Duration.ofHours(2)));
        fixture.uptimes.registered("conference.example.org", AdminFixture.NOW.minus(Duration.ofMinutes(5)));
        List<OverviewPage.ComponentRow> rows = new OverviewPage(fixture.services, fixture.english).components();
        assertEquals(2, rows.size());
        assertEquals("conference.example.org", rows.get(0).domain());
        assertEquals("2026-11-21T11:55:00Z", rows.get(0).registered());
        assertEquals("up 5 minutes", rows.get(0).uptime());
        assertEquals("pubsub.example.org", rows.get(1).domain());
        assertEquals("up 2 hours", rows.get(1).uptime());
    }

    @Test
    void countsWhatThePluginDidSinceStart() {
        fixture.counters.recordStored();
        for (int i = 0; i < 1_234; i++) {
            fixture.counters.probeAnswered();
        }
        fixture.counters.probeRateLimited();
        fixture.counters.stampAdded();
        fixture.counters.stampAdded();
        fixture.counters.forgedDelaysRemoved(3);
        fixture.offlineRecord("alice", "phone", null, AdminFixture.NOW);
        fixture.online("bob", "laptop", null, null, AdminFixture.NOW);

        Map<String, String> counters = new LinkedHashMap<>();
        for (OverviewPage.Counter counter : new OverviewPage(fixture.services, fixture.english).counters()) {
            counters.put(counter.id(), counter.label() + ": " + counter.value());
        }
        assertEquals("Last presences stored: 1", counters.get("recordsStored"));
        assertEquals("Probes answered: 1,234", counters.get("probesAnswered"));
        assertEquals("Probes refused by the rate limit: 1", counters.get("probesRateLimited"));
        assertEquals("Delay stamps added: 2", counters.get("stampsAdded"));
        assertEquals("Forged delay stamps removed from clients’ presence: 3", counters.get("forgedDelaysRemoved"));
        assertEquals("Records kept now: 1", counters.get("recordsKept"));
        assertEquals("Users online now: 1", counters.get("usersOnline"));
    }

    @Test
    void reportsWhetherThePluginIsEnabled() {
        assertTrue(new OverviewPage(fixture.services, fixture.english).enabled());
        fixture.properties.put("lastpresence.enabled", "false");
        assertFalse(new OverviewPage(fixture.services, fixture.english).enabled());
    }

    @Test
    void speaksTheConsolesLanguage() {
        OverviewPage page = new OverviewPage(fixture.services, AdminFixture.messages(Locale.GERMAN));
        assertEquals("seit 3 Tagen und 4 Stunden in Betrieb", page.serverUptime());
        assertEquals("Beantwortete Abfragen", page.counters().get(2).label());
    }

    @Test
    void theLast24HoursComeFromTheCountersHistory() {
        fixture.counters.presenceChanged();
        fixture.counters.probeAnswered();
        fixture.counters.probeAnswered();
        ActivityChart chart = new OverviewPage(fixture.services, fixture.english).activity();
        assertEquals(2, chart.bars().size());
        assertEquals(1, chart.bars().get(0).count());
        assertEquals(2, chart.bars().get(1).count());
    }
}

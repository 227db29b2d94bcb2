package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityChartTest {
    private final AdminFixture fixture = new AdminFixture();

    private ActivityChart chart() {
        return new OverviewPage(fixture.services, fixture.english).activity();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1", "2, 2", "3, 5", "5, 5", "6, 10", "11, 20", "99, 100", "101, 200", "4321, 5000"})
    void theScaleEndsAtARoundNumber(long max, long top) {
        assertEquals(top, ActivityChart.niceCeiling(max));
    }

    @Test
    void aQuietDayDrawsNoBarAndSaysSo() {
        ActivityChart chart = chart();
        assertTrue(chart.bars().isEmpty());
        assertTrue(chart.empty());
        assertEquals(24, chart.rows().size(), "the table still lists every hour");
        assertEquals("Per hour from 2026-11-20 13:00 to 2026-11-21 13:00 UTC, one bar for each kind of activity"
                + " that happened. In total: "
                + "0 presence changes recorded, 0 probes answered, 0 probes refused by the rate limit.",
                chart.description());
    }

    @Test
    void oneBarPerKindAndHourWithActivityScaledToTheBusiestHour() {
        fixture.counters.presenceChanged();
        fixture.clock.advance(Duration.ofHours(2));
        for (int i = 0; i < 10; i++) {
            fixture.counters.probeAnswered();
        }
        for (int i = 0; i < 5; i++) {
            fixture.counters.probeRateLimited();
        }
        ActivityChart chart = chart();
        List<ActivityChart.Bar> bars = chart.bars();
        assertEquals(List.of("lp-recorded", "lp-answered", "lp-limited"),
                bars.stream().map(ActivityChart.Bar::cssClass).collect(Collectors.toList()));
        assertEquals("2026-11-21T12:00:00Z", bars.get(0).hour());
        assertEquals("2026-11-21T14:00:00Z", bars.get(1).hour());
        assertEquals(10, chart.scaleTop());
        assertEquals("180.0", bars.get(1).height(), "the busiest hour fills the plot");
        assertEquals("90.0", bars.get(2).height(), "half of it, half the height");
        assertEquals(Double.parseDouble(bars.get(1).y()) + 90, Double.parseDouble(bars.get(2).y()), 0.01,
                "bars stand on the same base line");
        assertEquals("18.0", bars.get(0).height(), "1 of 10");
        assertEquals("Probes answered, 14:00\u201315:00 UTC: 10", bars.get(1).title());
        assertFalse(chart.empty());
        assertEquals(List.of("0", "5", "10"), chart.yTicks().stream().map(ActivityChart.Tick::label)
                .collect(Collectors.toList()));
    }

    @Test
    void theTableAndLegendCarryTheSameNumbers() {
        for (int i = 0; i < 1_200; i++) {
            fixture.counters.probeAnswered();
        }
        ActivityChart chart = chart();
        ActivityChart.Row now = chart.rows().get(23);
        assertEquals("12:00\u201313:00", now.hours());
        assertEquals(List.of("0", "1,200", "0"), now.counts());
        assertEquals("1,200", chart.legend().get(1).total());
        assertEquals("Probes answered", chart.legend().get(1).label());
        assertEquals(List.of("18:00", "00:00", "06:00", "12:00"),
                chart.xTicks().stream().map(ActivityChart.Tick::label).collect(Collectors.toList()));
    }

    @Test
    void speaksTheConsolesLanguage() {
        fixture.counters.probeAnswered();
        ActivityChart chart = new OverviewPage(fixture.services, AdminFixture.messages(Locale.GERMAN)).activity();
        assertEquals("Beantwortete Abfragen, 12:00\u201313:00 UTC: 1", chart.bars().get(0).title());
    }
}

package org.lastpresence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class HumanDurationTest {
    private final HumanDuration english = new HumanDuration(AdminFixture.messages(Locale.ENGLISH));

    @Test
    void uptimeNamesTheTwoLargestUnits() {
        assertEquals("up 3 days 4 hours", english.uptime(Duration.ofDays(3).plusHours(4).plusMinutes(59)));
        assertEquals("up 1 day", english.uptime(Duration.ofDays(1).plusMinutes(30)));
        assertEquals("up 2 hours 1 minute", english.uptime(Duration.ofHours(2).plusMinutes(1).plusSeconds(9)));
        assertEquals("up 12 seconds", english.uptime(Duration.ofSeconds(12)));
    }

    @Test
    void agoSaysHowLongBefore() {
        assertEquals("2 hours ago", english.ago(Duration.ofHours(2)));
        assertEquals("1 minute ago", english.ago(Duration.ofSeconds(61)));
        assertEquals("1 second ago", english.ago(Duration.ofSeconds(1)));
        assertEquals("just now", english.ago(Duration.ZERO));
        // Only clock skew makes a time in the future; it must not read as "-5 seconds ago".
        assertEquals("just now", english.ago(Duration.ofSeconds(-5)));
    }

    @Test
    void largeNumbersAreGroupedForTheLanguage() {
        assertEquals("up 1,200 days", english.uptime(Duration.ofDays(1_200)));
        assertEquals("seit 1.200 Tagen in Betrieb",
                new HumanDuration(AdminFixture.messages(Locale.GERMAN)).uptime(Duration.ofDays(1_200)));
    }

    @Test
    void otherLanguagesUseTheirOwnGrammar() {
        Duration uptime = Duration.ofDays(3).plusHours(4);
        assertEquals("seit 3 Tagen und 4 Stunden in Betrieb",
                new HumanDuration(AdminFixture.messages(Locale.GERMAN)).uptime(uptime));
        assertEquals("vor 2 Stunden",
                new HumanDuration(AdminFixture.messages(Locale.GERMAN)).ago(Duration.ofHours(2)));
        assertEquals("il y a 2 heures",
                new HumanDuration(AdminFixture.messages(Locale.FRENCH)).ago(Duration.ofHours(2)));
        assertEquals("hace 1 día y 1 hora",
                new HumanDuration(AdminFixture.messages(new Locale("es"))).ago(Duration.ofHours(25)));
        assertEquals("2 uur geleden",
                new HumanDuration(AdminFixture.messages(new Locale("nl"))).ago(Duration.ofHours(2)));
        assertEquals("no ar há 3 dias e 4 horas",
                new HumanDuration(AdminFixture.messages(new Locale("pt", "BR"))).uptime(uptime));
    }
}

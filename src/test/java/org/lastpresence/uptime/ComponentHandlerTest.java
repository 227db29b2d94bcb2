package org.lastpresence.uptime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.testing.Stanzas.presence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lastpresence.PluginCounters;
import org.lastpresence.PluginContext;
import org.lastpresence.logging.FailureLog;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.testing.MapProperties;
import org.slf4j.LoggerFactory;
import org.xmpp.packet.Presence;

/** U1-U3 through the handler: which start time answers which probe, and who counts as local. */
class ComponentHandlerTest {
    private static final Instant STARTED = Instant.parse("2026-11-21T06:00:00Z");
    private static final Instant MUC_REGISTERED = Instant.parse("2026-11-21T06:00:02Z");

    private final MapProperties properties = new MapProperties();
    private final Uptimes uptimes = new Uptimes(STARTED);
    private final PluginCounters counters = new PluginCounters();
    private final List<Presence> delivered = new CopyOnWriteArrayList<>();
    private final ComponentHandler handler = new ComponentHandler(new PluginContext("localhost", Clock.systemUTC(),
            new LiveSettings(properties), counters, new FailureLog(LoggerFactory.getLogger(ComponentHandlerTest.class),
            Clock.systemUTC()), delivered::add), uptimes);

    ComponentHandlerTest() {
        uptimes.registered("conference.localhost", MUC_REGISTERED);
    }

    @Test
    void theDomainIsAnsweredWithTheServerStartAndAComponentWithItsRegistration() {
        handler.answerServer(presence("<presence type='probe' from='bob@localhost/desk' to='localhost'/>"));
        handler.answerComponent(
                presence("<presence type='probe' from='bob@localhost/desk' to='conference.localhost'/>"));

        assertEquals(List.of("<presence from=\"localhost\" to=\"bob@localhost/desk\"><delay xmlns=\"urn:xmpp:delay\""
                + " from=\"localhost\" stamp=\"2026-11-21T06:00:00Z\"/></presence>",
                "<presence from=\"conference.localhost\" to=\"bob@localhost/desk\"><delay xmlns=\"urn:xmpp:delay\""
                + " from=\"conference.localhost\" stamp=\"2026-11-21T06:00:02Z\"/></presence>"), xml(delivered));
        assertEquals(2, counters.probesAnswered());
        assertEquals(2, counters.stampsAdded());
    }

    @Test
    void aComponentThatIsGoneIsNotAnswered() {
        uptimes.unregistered("conference.localhost");
        handler.answerComponent(
                presence("<presence type='probe' from='bob@localhost/desk' to='conference.localhost'/>"));
        assertEquals(List.of(), delivered);
        assertFalse(handler.isComponent("conference.localhost"));
    }

    @Test
    void withLocalVisibilityLocalUsersAndComponentsAreAnsweredAndRemoteProbersAreNot() {
        properties.put("lastpresence.uptime.visibility", "local");
        handler.answerServer(presence("<presence type='probe' from='romeo@montague.lit/x' to='localhost'/>"));
        handler.answerServer(presence("<presence type='probe' from='conference.localhost' to='localhost'/>"));
        handler.answerServer(presence("<presence type='probe' from='bob@localhost/desk' to='localhost'/>"));

        assertEquals(List.of("conference.localhost", "bob@localhost/desk"),
                delivered.stream().map(answer -> answer.getTo().toString()).collect(Collectors.toList()));
        assertTrue(handler.isComponent("conference.localhost"));
    }

    private static List<String> xml(List<Presence> stanzas) {
        return stanzas.stream().map(Presence::toXML).collect(Collectors.toList());
    }
}

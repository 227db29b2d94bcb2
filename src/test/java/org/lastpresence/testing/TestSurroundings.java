package org.lastpresence.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.lastpresence.Surroundings;
import org.xmpp.packet.Presence;

/** Surroundings of fakes for a plugin core in a unit test: one server unless caches and sessions are shared. */
public final class TestSurroundings {
    private TestSurroundings() {
    }

    /**
     * A builder with every part set to a fake: domain localhost, answers on the calling thread, delivered stanzas
     * into {@code delivered}.
     */
    public static Surroundings.Builder builder(MutableClock clock, Instant serverStarted, MapProperties properties,
                                               InMemoryDatabase database, TableSessions sessions,
                                               List<Presence> delivered) {
        return Surroundings.builder().domain("localhost").clock(clock).serverStarted(serverStarted)
                .properties(properties).database(database).rosters(new TableRosters())
                .privacy(new TablePrivacyRules()).sessions(sessions).deliverer(delivered::add)
                .answerExecutor(Runnable::run);
    }

    /** A list stanzas can be delivered into from any thread. */
    public static List<Presence> deliveries() {
        return new CopyOnWriteArrayList<>();
    }
}

package org.lastpresence.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lastpresence.it.support.PresenceMatchers.available;
import static org.lastpresence.it.support.PresenceMatchers.from;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.jivesoftware.openfire.roster.RosterItem.SubType;
import org.junit.jupiter.api.Test;
import org.lastpresence.it.support.ChildJvm;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.FreePort;
import org.lastpresence.it.support.XmppClient;

/** Harness check: a second server on the same home, in a new JVM, finds what the first one stored. */
class EmbeddedOpenfireRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Phase 1, run in a child JVM: creates accounts, logs a client in and out, stops cleanly. */
    public static final class FirstServer {
        public static void main(String[] args) {
            try {
                Path home = Paths.get(args[0]);
                try (EmbeddedOpenfire openfire = EmbeddedOpenfire.start(home, FreePort.find())) {
                    openfire.accounts().createUser("dave", "dave");
                    openfire.accounts().createUser("erin", "erin");
                    openfire.accounts().subscribeBoth("dave", "erin");
                    try (XmppClient dave = XmppClient.login(openfire.clientPort(), "dave", "dave", "phone")) {
                        dave.roundTrip();
                    }
                }
                // Openfire leaves non-daemon threads behind after stop; end the JVM explicitly.
                System.exit(0);
            } catch (Throwable failure) {
                failure.printStackTrace(System.out);
                System.exit(1);
            }
        }
    }

    @Test
    void secondServerInAnotherJvmFindsTheFirstServersData() {
        Path home = EmbeddedOpenfire.freshHome("EmbeddedOpenfireRestartIT");

        int exitCode = ChildJvm.of(FirstServer.class).args(home.toString()).timeout(Duration.ofMinutes(2)).run();
        assertEquals(0, exitCode, "first server (child JVM) failed, see its output above");

        try (EmbeddedOpenfire openfire = EmbeddedOpenfire.start(home, FreePort.find())) {
            assertTrue(openfire.accounts().exists("dave"));
            assertEquals(SubType.BOTH, openfire.accounts().subscription("dave", openfire.accounts().jid("erin")));
            assertTrue(openfire.plugin().isPresent());

            try (XmppClient erin = XmppClient.login(openfire.clientPort(), "erin", "erin", "desk");
                 XmppClient dave = XmppClient.login(openfire.clientPort(), "dave", "dave", "phone")) {
                erin.awaitPresence(from("dave@localhost/phone").and(available()), WAIT);
                dave.awaitPresence(from("erin@localhost/desk").and(available()), WAIT);
            }
        }
    }
}

package org.lastpresence.demo;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CountDownLatch;

import org.lastpresence.it.support.Accounts;
import org.lastpresence.it.support.EmbeddedOpenfire;
import org.xmpp.packet.JID;

/**
 * A local Openfire with the built plugin for trying it out with real clients ({@code mvn -q -Pdemo package}):
 * 127.0.0.1, domain {@code localhost}, plain login without TLS, users alice, bob and carol (password = user name),
 * alice and bob subscribed both ways, carol subscribed to nobody, MUC service {@code conference.localhost}.
 * The home keeps its database between runs, so stored last presences survive a restart. Stop it with Ctrl+C.
 */
public final class DemoServer {
    private DemoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Paths.get(System.getProperty("demo.home", "target/demo-home"));
        int port = Integer.getInteger("demo.port", 5222);

        EmbeddedOpenfire openfire = EmbeddedOpenfire.builder(home).clientPort(port).start();
        // Ctrl+C or a kill stops Openfire cleanly, so HSQLDB writes its files.
        Runtime.getRuntime().addShutdownHook(new Thread(openfire::stop, "demo-server-shutdown"));
        // exec:exec does not end this JVM when Maven itself is killed: follow the parent, or the port stays taken.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));

        prepareAccounts(openfire.accounts());
        if (openfire.server().getMultiUserChatManager().getMultiUserChatService("conference") == null) {
            System.out.println("warning: MUC service " + EmbeddedOpenfire.MUC_DOMAIN + " is missing");
        }
        System.out.println("Last Presence demo ready on 127.0.0.1:" + port + " (domain " + openfire.domain()
                + ", users alice/bob/carol with password = user name, MUC " + EmbeddedOpenfire.MUC_DOMAIN
                + ", home " + openfire.home() + "); Ctrl+C stops it");

        // Openfire's threads keep the JVM alive anyway; waiting here states the intent: run until killed.
        new CountDownLatch(1).await();
    }

    /** The demo's fixed starting point, also on a reused home where someone changed rosters by hand. */
    public static void prepareAccounts(Accounts accounts) {
        for (String user : new String[] {"alice", "bob", "carol"}) {
            accounts.ensureUser(user, user);
        }
        accounts.subscribeBoth("alice", "bob");
        for (JID contact : accounts.rosterContacts("carol")) {
            accounts.removeRosterItem("carol", contact);
        }
        accounts.removeRosterItem("alice", accounts.jid("carol"));
        accounts.removeRosterItem("bob", accounts.jid("carol"));
    }
}

/**
 * The integration-test harness: test code only, never imported by the plugin (nor the plugin by it: the plugin's
 * classes come from the installed archive, and {@code ClasspathGuard} fails a boot that could see them otherwise).
 *
 * <h2>Servers</h2>
 * <ul>
 *   <li>{@link org.lastpresence.it.support.OpenfirePerClass}: the JUnit extension every IT boots through.</li>
 *   <li>{@link org.lastpresence.it.support.EmbeddedOpenfire} and its {@code Builder}: the one boot: prepares the
 *       home ({@code OpenfireHome}, {@code BootProperties}, {@code TestHomes}), installs the archive
 *       ({@code PluginArchive}; {@code NoOpAdminPlugin} stands in for the console web app that Openfire 4.2.0
 *       expects), starts {@code XMPPServer} and waits until the plugin is loaded and the client port open. Called
 *       directly only in a child JVM's {@code main} and by the demo.</li>
 *   <li>{@link org.lastpresence.it.support.ChildJvm}: runs a {@code main} class in a child JVM with this JVM's
 *       class path, module flags and harness properties, for the first of two servers on one home.</li>
 *   <li>Database servers ({@link org.lastpresence.it.support.DatabaseServer}): {@code HsqldbServer} (in-process,
 *       from Openfire's own HSQLDB), {@code PostgresServer} and {@code MariadbServer} (Debian's binaries, installed by
 *       {@code .ci/install-databases}, data under {@code target/databases}); {@code ExternalDatabase} is how Openfire
 *       reaches one, {@code DatabaseView} and {@code RecordTable} what an operator's SQL client sees;
 *       {@code ServerProcesses} runs their commands.</li>
 *   <li>{@link org.lastpresence.it.support.FakeRemoteServer}: another XMPP server on 127.0.0.1 that federates over
 *       plain S2S with dialback; what it receives is in {@code S2sStanzaLog} / {@code S2sStanza}.</li>
 * </ul>
 *
 * <h2>Clients and what they saw</h2>
 * {@link org.lastpresence.it.support.XmppClient} (Smack, records every presence), {@code RawXmppClient} and
 * {@code XmlStream} (the wire without Smack), {@code ProbingComponent} (an internal component that probes),
 * {@code Probing} (a probe and everything it caused), {@code ReceivedPresence}, {@code PresenceMatchers},
 * {@code Stamps} and {@code WireDelays} (assertions on delays), {@code PrivacyLists} (XEP-0016 lists set by a
 * client), {@code Accounts} (users and rosters through Openfire's managers), {@code CapturedLogs} (the log events
 * of the server JVM).
 *
 * <h2>Waiting and ports</h2>
 * {@link org.lastpresence.it.support.Await} polls a condition with a deadline (never a fixed sleep);
 * {@link org.lastpresence.it.support.FreePort} finds free ports on 127.0.0.1.
 */
package org.lastpresence.it.support;

/**
 * Integration tests: each {@code *IT} class boots one real Openfire 4.2.0 in its own forked JVM (failsafe,
 * {@code reuseForks=false}) with the built {@code target/lastpresence.jar} installed like an upload, and drives it
 * with real clients over 127.0.0.1. The harness is in {@link org.lastpresence.it.support}.
 *
 * <h2>How a test gets its server</h2>
 * Always through {@link org.lastpresence.it.support.OpenfirePerClass}, registered as a {@code @RegisterExtension}
 * field: it boots before the class's {@code @BeforeAll} methods and stops after its {@code @AfterAll} methods.
 * Its {@code beforeBoot} steps start what must exist first (the admin console stand-in in {@code AdminPagesIT}, the
 * fake remote server in {@code S2sProbeIT}, a database server in {@code ShutdownWithDatabaseAwayIT} and the
 * real-database ITs); {@code afterStop} steps stop them after the server.
 * <p>
 * A restart is a second boot on the same home. An Openfire cannot boot twice in one JVM (its singletons keep static
 * state), so the first server runs in a child JVM ({@link org.lastpresence.it.support.ChildJvm}): a {@code main}
 * class nested in the test ({@code FirstServer}) boots with {@code EmbeddedOpenfire.builder(home)}, does phase 1,
 * writes what the test must know (times, ports) into files in the home, and exits 0;
 * {@code OpenfirePerClass.afterFirstServerInChildJvm} runs it before this JVM's boot on that home. Used by
 * {@code RestartIT}, {@code ShutdownWithDatabaseAwayIT} and {@code RealDatabaseScenario}.
 *
 * <h2>Where each rule of docs/CONTRACT.md is tested</h2>
 * <table>
 *   <caption>rule id, unit tests (src/test, Openfire replaced by fakes), integration tests (a real server)</caption>
 *   <tr><th>rule</th><th>unit tests</th><th>integration tests</th></tr>
 *   <tr><td>R1</td><td>PresenceChangeTest, ResourceStatesTest, PresenceRecorderTest</td>
 *     <td>ProbeTableIT (online rows)</td></tr>
 *   <tr><td>R2</td><td>PresenceRecorderTest, LastPresenceStoreTest</td>
 *     <td>RecordingIT, RestartIT, PostgresqlIT, MariadbIT, MariadbMysqlDriverIT</td></tr>
 *   <tr><td>R3</td><td>StanzaBoundsTest</td><td>RecordingIT</td></tr>
 *   <tr><td>R4</td><td></td><td>RecordingIT</td></tr>
 *   <tr><td>P</td><td>UserProbeAnswersTest, ProbeAuthorizationTest, ProbeTargetTest, ProbeHandlerTest</td>
 *     <td>ProbeTableIT, S2sProbeIT, DemoIT, the real-database ITs, ProbeLoadIT (load)</td></tr>
 *   <tr><td>U1-U3</td><td>UptimeProbeAnswerTest, ComponentHandlerTest, ProbeHandlerTest</td>
 *     <td>UptimeIT, S2sProbeIT (U1), DemoIT</td></tr>
 *   <tr><td>D1-D3</td><td>DeliveryStampDecisionTest, LastPresenceInterceptorTest</td><td>DeliveryStampsIT</td></tr>
 *   <tr><td>D4</td><td>DelayStampsTest, LastPresenceInterceptorTest</td><td>ForgedDelayIT, DeliveryStampsIT</td></tr>
 *   <tr><td>D5</td><td>LastPresenceInterceptorTest</td><td>SharedPresenceIT</td></tr>
 *   <tr><td>A1</td><td>ProbeRateLimiterTest, ProbeHandlerTest</td><td>AbuseIT, S2sProbeIT</td></tr>
 *   <tr><td>A2</td><td>StampPrecisionTest, DeliveryStampDecisionTest</td><td>AbuseIT</td></tr>
 *   <tr><td>A3</td><td>RetentionTest, VisibleRecordsTest, StoreMaintenanceTest, ProbeHandlerTest</td>
 *     <td>RestartIT</td></tr>
 *   <tr><td>A4</td><td>UserProbeAnswersTest</td><td>AbuseIT, ProbeTableIT</td></tr>
 *   <tr><td>V1, V2</td><td>DisclosureTest, PresenceRulesTest, PrivacyListXmlTest</td>
 *     <td>PrivacyIT (PrivacyScenarios), PrivacyWithoutPluginIT (the same scenarios on Openfire alone)</td></tr>
 *   <tr><td>C1, C2</td><td colspan="2">not yet tested here (issue 10 work in progress)</td></tr>
 *   <tr><td>K1-K5</td><td>TwoNodeCoreTest, ResourceStatesTest, StoreMaintenanceTest (K3)</td>
 *     <td>cluster.ClusterWithPluginIT (two Openfire nodes on Hazelcast), cluster.ClusterBaselineIT
 *     (Openfire alone)</td></tr>
 *   <tr><td>S1</td><td>LastPresenceStoreTest, TwoNodeCoreTest</td>
 *     <td>cluster.ClusterWithPluginIT (records read through on another node); the scale benchmark (figures)</td></tr>
 *   <tr><td>S2</td><td>StoreMaintenanceTest, PendingChangesFileTest</td>
 *     <td>ShutdownWithDatabaseAwayIT, the real-database ITs (database restart)</td></tr>
 *   <tr><td>S3</td><td>FailureLogTest</td><td>LogHygieneIT</td></tr>
 *   <tr><td>settings</td><td>SettingTest, LiveSettingsTest, OpenfirePropertiesTest, SettingsFormTest</td>
 *     <td>AdminPagesIT</td></tr>
 *   <tr><td>the harness itself</td><td></td><td>EmbeddedOpenfireIT</td></tr>
 * </table>
 * {@code ContractReferencesTest} checks that every rule the main code cites has its section in docs/CONTRACT.md.
 */
package org.lastpresence.it;

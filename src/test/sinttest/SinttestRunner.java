// Runs Smack's integration test framework (smack-integration-test 4.5) against one server and writes its per-test
// results. Not compiled by Maven: the test class path has Smack 4.4.8, the framework needs Smack 4.5. PeerSuiteRun
// (a child JVM of PeerSuiteIT) launches it with `java -cp <framework class path> SinttestRunner.java` (the JDK's
// single-file source launcher), so it sees nothing but the framework and its dependencies. It only talks XMPP to
// 127.0.0.1.

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.igniterealtime.smack.inttest.AbstractSmackIntTest;
import org.igniterealtime.smack.inttest.Configuration;
import org.igniterealtime.smack.inttest.FailedTest;
import org.igniterealtime.smack.inttest.SmackIntegrationTestFramework;
import org.igniterealtime.smack.inttest.SmackIntegrationTestFramework.ConcreteTest;
import org.igniterealtime.smack.inttest.SmackIntegrationTestFramework.TestRunResult;
import org.igniterealtime.smack.inttest.SuccessfulTest;
import org.igniterealtime.smack.inttest.TestNotPossible;
import org.igniterealtime.smack.inttest.XmppConnectionDescriptor;
import org.igniterealtime.smack.inttest.XmppConnectionManager;
import org.igniterealtime.smack.inttest.annotations.SmackIntegrationTest;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.reflections.Reflections;
import org.reflections.scanners.SubTypesScanner;

/**
 * Arguments: the server's client port, the result file. Everything else (service, accounts, security mode,
 * timeouts, debugger, selection) comes as {@code -Dsinttest.*} properties, read by the framework itself, except
 * {@code -Dpeersuite.disabledTests}, the tests not to run (classes or methods), which this class applies.
 * Result lines: {@code STATUS<TAB>test<TAB>milliseconds<TAB>reason}, STATUS one of PASSED, FAILED, IMPOSSIBLE.
 */
public final class SinttestRunner {
    /** The framework only knows host names and DNS; this descriptor pins every connection to the test port. */
    static final String CONNECTION = "loopback-tcp";

    /** Where the framework looks for tests by default. */
    private static final String[] TEST_PACKAGES = {"org.jivesoftware.smackx", "org.jivesoftware.smack",
        "org.igniterealtime.smackx", "org.igniterealtime.smack"};

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path resultFile = Paths.get(args[1]);
        XmppConnectionManager.addConnectionDescriptor(
                XmppConnectionDescriptor.buildWith(XMPPTCPConnection.class, XMPPTCPConnectionConfiguration.class,
                        XMPPTCPConnectionConfiguration.Builder.class)
                        .withNickname(CONNECTION)
                        .applyExtraConfiguration(builder -> builder
                                .setHostAddress(InetAddress.getLoopbackAddress())
                                .setPort(port))
                        .build());
        System.setProperty("sinttest.defaultConnection", CONNECTION);
        System.setProperty("sinttest.enabledConnections", CONNECTION);

        String disabled = System.getProperty("peersuite.disabledTests");
        if (disabled != null) {
            System.setProperty("sinttest.enabledTests", enabledTestsWithout(disabled));
        }
        Configuration config = Configuration.newConfiguration(new String[0]);
        Framework framework = new Framework(config);
        List<String> lines = new ArrayList<>();
        try {
            framework.run();
        } catch (Throwable failure) {
            if (isInCleanup(failure)) {
                // Openfire 4.2.0's delete-user command (XEP-0133) has a single 'accountjid' field where Smack 4.5
                // fills the list 'accountjids': deleting the test accounts fails after all tests ran. The server
                // is thrown away anyway; the results are complete.
                lines.add(line("CLEANUP", "-", 0, describe(failure)));
            } else {
                lines.add(line("ABORTED", "-", 0, describe(failure)));
                System.out.println("framework run aborted:\n" + stackTrace(failure));
            }
        }
        TestRunResult result = framework.results();
        for (SuccessfulTest test : result.getSuccessfulTests()) {
            lines.add(line("PASSED", name(test.concreteTest), test.duration, ""));
        }
        for (FailedTest test : result.getFailedTests()) {
            lines.add(line("FAILED", name(test.concreteTest), test.duration, describe(test.failureReason)));
            System.out.println("FAILED " + name(test.concreteTest) + ":\n" + stackTrace(test.failureReason));
        }
        for (TestNotPossible test : result.getNotPossibleTests()) {
            lines.add(line("IMPOSSIBLE", name(test.concreteTest), test.duration,
                    describe(test.testNotPossibleException)));
        }
        for (Map.Entry<Class<?>, Throwable> entry : impossibleClasses(result).entrySet()) {
            lines.add(line("IMPOSSIBLE", shortName(entry.getKey()) + ".*", 0, describe(entry.getValue())));
        }
        Files.write(resultFile, lines, StandardCharsets.UTF_8);
        System.out.println("sinttest run " + result.getTestRunId() + " finished: " + result.getSuccessfulTests().size()
                + " passed, " + result.getFailedTests().size() + " failed, " + result.getNotPossibleTests().size()
                + " impossible, " + result.getImpossibleTestClasses().size() + " impossible classes");
        // The framework leaves non-daemon threads (Smack's reader/writer pools) behind.
        System.exit(0);
    }

    /**
     * The framework's own disabledTests drops the whole class of a disabled method (4.5.0-beta5: its class filter
     * only asks whether the class is named at all), so the selection is turned into enabledTests instead: every
     * test class of the framework, by class where none of its methods is disabled, else by its other methods.
     */
    private static String enabledTestsWithout(String disabledList) {
        Set<String> disabled = new HashSet<>(Arrays.asList(disabledList.split(",")));
        Set<Class<? extends AbstractSmackIntTest>> classes = new Reflections(TEST_PACKAGES, new SubTypesScanner())
                .getSubTypesOf(AbstractSmackIntTest.class);
        Set<String> enabled = new TreeSet<>();
        for (Class<?> testClass : classes) {
            String className = shortName(testClass);
            if (Modifier.isAbstract(testClass.getModifiers()) || disabled.contains(className)) {
                continue;
            }
            List<String> methods = new ArrayList<>();
            boolean someDisabled = false;
            for (Method method : testClass.getMethods()) {
                if (method.isAnnotationPresent(SmackIntegrationTest.class)) {
                    String name = className + "." + method.getName();
                    if (disabled.contains(name)) {
                        someDisabled = true;
                    } else {
                        methods.add(name);
                    }
                }
            }
            if (someDisabled) {
                enabled.addAll(methods);
            } else {
                enabled.add(className);
            }
        }
        for (String test : disabled) {
            // A misspelt entry would silently run the test after all.
            if (!disabledMatches(test, classes)) {
                throw new IllegalArgumentException("Disabled test " + test + " is not in the framework");
            }
        }
        return String.join(",", enabled);
    }

    private static boolean disabledMatches(String test, Set<Class<? extends AbstractSmackIntTest>> classes) {
        for (Class<?> testClass : classes) {
            String className = shortName(testClass);
            if (test.equals(className)) {
                return true;
            }
            for (Method method : testClass.getMethods()) {
                if (test.equals(className + "." + method.getName())
                        && method.isAnnotationPresent(SmackIntegrationTest.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Exposes the results, which the framework keeps even when its clean-up after the tests throws. */
    static final class Framework extends SmackIntegrationTestFramework {
        Framework(Configuration config) {
            super(config);
        }

        TestRunResult results() {
            return testRunResult;
        }
    }

    private static boolean isInCleanup(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getMethodName().equals("disconnectAndCleanup")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<Class<?>, Throwable> impossibleClasses(TestRunResult result) {
        return (Map) result.getImpossibleTestClasses();
    }

    /** e.g. {@code smack.roster.RosterIntegrationTest.subscribeRequestListenerTest}, as enabledTests spells it. */
    private static String name(ConcreteTest test) {
        Method method = test.getMethod();
        String name = shortName(method.getDeclaringClass()) + "." + method.getName();
        List<String> details = test.getSubdescriptons();
        return details.isEmpty() ? name : name + " [" + String.join(", ", details) + "]";
    }

    private static String shortName(Class<?> type) {
        String name = type.getName();
        return name.startsWith("org.jivesoftware.") ? name.substring("org.jivesoftware.".length()) : name;
    }

    private static String line(String status, String test, long millis, String reason) {
        return status + "\t" + test + "\t" + millis + "\t" + reason;
    }

    /** One line: the exception, its message and the first frames of the test itself, to tell failures apart. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && cause.getClass().getName().endsWith("InvocationTargetException")) {
            cause = cause.getCause();
        }
        StringBuilder text = new StringBuilder(String.valueOf(cause));
        for (StackTraceElement frame : cause.getStackTrace()) {
            if (frame.getClassName().endsWith("IntegrationTest") || frame.getClassName().endsWith("Test")) {
                text.append(" at ").append(frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1))
                        .append('.').append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                break;
            }
        }
        String oneLine = text.toString().replaceAll("\\s+", " ").trim();
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + "..." : oneLine;
    }

    private static String stackTrace(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

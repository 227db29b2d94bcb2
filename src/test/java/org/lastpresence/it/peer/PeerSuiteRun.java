package org.lastpresence.it.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lastpresence.it.support.EmbeddedOpenfire;
import org.lastpresence.it.support.FreePort;

/**
 * One run of the peer suite, in a child JVM of {@link PeerSuiteIT} (one Openfire per JVM): boots Openfire 4.2.0
 * with or without the plugin, runs Smack's integration test framework against it in a third JVM that has only the
 * framework's class path, and leaves the framework's result file and log in the output directory.
 * Arguments: {@code with-plugin|without-plugin}, run name (names the result and log files), output directory,
 * framework class path file, runner source, and optionally the tests to run (comma-separated; default: the
 * {@link PeerSuiteSelection}).
 */
public final class PeerSuiteRun {
    private PeerSuiteRun() {
    }

    public static void main(String[] args) {
        try {
            PeerSuiteMode mode = PeerSuiteMode.fromId(args[0]);
            String runName = args[1];
            Path outDir = Paths.get(args[2]);
            String frameworkClasspath = Files.readString(Paths.get(args[3])).trim();
            Path runnerSource = Paths.get(args[4]);
            String onlyTests = args.length > 5 ? args[5] : null;
            EmbeddedOpenfire.Builder builder = EmbeddedOpenfire
                    .builder(EmbeddedOpenfire.freshHome("PeerSuiteIT-" + runName))
                    .clientPort(FreePort.find())
                    // The framework creates its accounts through this admin with XEP-0133 ad-hoc commands.
                    .property("admin.authorizedJIDs", PeerSuiteSelection.ADMIN + "@" + EmbeddedOpenfire.DOMAIN);
            if (mode == PeerSuiteMode.WITHOUT_PLUGIN) {
                builder.withoutPlugin();
            }
            int exit;
            try (EmbeddedOpenfire openfire = builder.start()) {
                openfire.accounts().createUser(PeerSuiteSelection.ADMIN, PeerSuiteSelection.ADMIN_PASSWORD);
                exit = runFramework(openfire.clientPort(), frameworkClasspath, runnerSource, onlyTests,
                        outDir.resolve(runName + ".results"), outDir.resolve(runName + ".log"));
            }
            System.exit(exit);
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static int runFramework(int port, String classpath, Path runnerSource, String onlyTests, Path results,
            Path log) throws IOException, InterruptedException {
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath);
        PeerSuiteSelection.frameworkProperties(onlyTests)
                .forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(runnerSource.toString());
        command.add(Integer.toString(port));
        command.add(results.toString());
        long started = System.nanoTime();
        Process framework = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Duration limit = PeerSuiteSelection.RUN_TIMEOUT;
        if (!framework.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            framework.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            System.out.println("framework JVM did not finish within " + limit.toSeconds() + " s and was killed; "
                    + "see " + log);
            return 3;
        }
        System.out.println("framework JVM exited with " + framework.exitValue() + " after "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s; log " + log);
        return framework.exitValue() == 0 && Files.exists(results) ? 0 : 2;
    }
}

package org.lastpresence.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way an IT boots its server: one real Openfire for a test class, on a fresh home named after the class,
 * with the built plugin installed, stopped after the class. Register it as a {@code static @RegisterExtension}
 * field (an instance field in a {@code PER_CLASS} test); it boots before the class's own {@code @BeforeAll}
 * methods run and stops after its {@code @AfterAll} methods.
 * <p>
 * What a server needs before it boots (a fake remote server, the console stand-in, a database server, a first
 * server on the same home in a child JVM, properties known only then) goes into {@link #beforeBoot} steps, run in
 * order; what they started is closed by {@link #afterStop} steps, run after the server stopped, in reverse order.
 */
public final class OpenfirePerClass implements BeforeAllCallback, AfterAllCallback {
    private static final Duration CHILD_JVM_TIMEOUT = Duration.ofMinutes(2);

    /** Work before the boot, with the boot's options (its home is already chosen). */
    @FunctionalInterface
    public interface BeforeBoot {
        void prepare(EmbeddedOpenfire.Builder boot) throws Exception;
    }

    /** Work after the server stopped (also when the boot failed: check for what was never started). */
    @FunctionalInterface
    public interface AfterStop {
        void run() throws Exception;
    }

    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<BeforeBoot> beforeBoot = new ArrayList<>();
    private final List<AfterStop> afterStop = new ArrayList<>();
    private boolean withPlugin = true;
    private EmbeddedOpenfire openfire;

    private OpenfirePerClass() {
    }

    /** A server whose clients may probe freely: tests that are not about the rate limit must not meet it. */
    public static OpenfirePerClass withUnlimitedProbes() {
        return withDefaultSettings().property("lastpresence.probe.burst", "1000");
    }

    /** A server with the plugin as an operator installs it, every setting at its default. */
    public static OpenfirePerClass withDefaultSettings() {
        return new OpenfirePerClass();
    }

    /** A bare Openfire, to observe what the server does on its own (the behaviour the plugin must not undercut). */
    public static OpenfirePerClass withoutPlugin() {
        OpenfirePerClass bare = new OpenfirePerClass();
        bare.withPlugin = false;
        return bare;
    }

    /** An Openfire system property stored before the server boots. */
    public OpenfirePerClass property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** A step run before the boot, after the earlier ones. */
    public OpenfirePerClass beforeBoot(BeforeBoot step) {
        beforeBoot.add(step);
        return this;
    }

    /** A step run after the server stopped, before the steps registered earlier. */
    public OpenfirePerClass afterStop(AfterStop step) {
        afterStop.add(0, step);
        return this;
    }

    /**
     * Before the boot, a first server on the same home: {@code main} runs in a child JVM (one Openfire per JVM) with
     * the home as its first argument, and must exit with 0. The server here is then the second boot on that home.
     */
    public OpenfirePerClass afterFirstServerInChildJvm(Class<?> main) {
        return beforeBoot(boot -> runInChildJvm(main, boot.home()));
    }

    /** Runs {@code main(home, moreArgs...)} in a child JVM and fails unless it exits with 0. */
    public static void runInChildJvm(Class<?> main, Path home, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of(home.toString()));
        args.addAll(List.of(moreArgs));
        assertEquals(0, ChildJvm.of(main).args(args.toArray(new String[0])).timeout(CHILD_JVM_TIMEOUT).run(),
                "first server (child JVM " + main.getSimpleName() + ") failed, see its output above");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        EmbeddedOpenfire.Builder builder = EmbeddedOpenfire
                .builder(EmbeddedOpenfire.freshHome(context.getRequiredTestClass().getSimpleName()))
                .clientPort(FreePort.find());
        properties.forEach(builder::property);
        if (!withPlugin) {
            builder.withoutPlugin();
        }
        for (BeforeBoot step : beforeBoot) {
            step.prepare(builder);
        }
        openfire = builder.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Exception failure = null;
        try {
            if (openfire != null) {
                openfire.stop();
            }
        } finally {
            for (AfterStop step : afterStop) {
                try {
                    step.run();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public EmbeddedOpenfire server() {
        return openfire;
    }

    public int port() {
        return openfire.clientPort();
    }

    /** Creates these accounts, each with its name as password. */
    public void users(String... names) {
        for (String name : names) {
            openfire.accounts().createUser(name, name);
        }
    }

    /** Creates two accounts subscribed to each other (both). */
    public void pair(String first, String second) {
        users(first, second);
        openfire.accounts().subscribeBoth(first, second);
    }
}

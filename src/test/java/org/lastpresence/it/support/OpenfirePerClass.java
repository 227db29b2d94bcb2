package org.lastpresence.it.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Openfire for a test class (register it as a static {@code @RegisterExtension} field): booted on a fresh
 * home named after the class with the built plugin installed, stopped after the class.
 */
public final class OpenfirePerClass implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> properties = new LinkedHashMap<>();
    private boolean withPlugin = true;
    private EmbeddedOpenfire openfire;

    /** A server whose clients may probe freely: tests that are not about the rate limit must not meet it. */
    public static OpenfirePerClass withUnlimitedProbes() {
        return new OpenfirePerClass().property("lastpresence.probe.burst", "1000");
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

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedOpenfire.Builder builder = EmbeddedOpenfire
                .builder(EmbeddedOpenfire.freshHome(context.getRequiredTestClass().getSimpleName()))
                .clientPort(FreePort.find());
        properties.forEach(builder::property);
        if (!withPlugin) {
            builder.withoutPlugin();
        }
        openfire = builder.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (openfire != null) {
            openfire.stop();
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

package org.lastpresence.it.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Openfire system properties a test server needs, set through JiveGlobals before {@code new XMPPServer()}. */
final class BootProperties {
    private BootProperties() {
    }

    static Map<String, String> forClientPort(int clientPort) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("xmpp.domain", EmbeddedOpenfire.DOMAIN);
        properties.put("xmpp.fqdn", EmbeddedOpenfire.DOMAIN);
        properties.put("xmpp.socket.plain.active", "true");
        properties.put("xmpp.socket.plain.port", Integer.toString(clientPort));
        // MINA 2.0.7 on JDK 9+ fails with more processing threads, and then nothing listens.
        properties.put("xmpp.client.processing.threads", "2");
        // Plain TCP without TLS; PLAIN (and SCRAM) must then be offered for clients to log in.
        properties.put("xmpp.client.tls.policy", "disabled");
        properties.put("sasl.mechs", "PLAIN,SCRAM-SHA-1");
        // Every other listener off: no fixed ports that would collide between parallel test servers.
        properties.put("xmpp.socket.ssl.active", "false");
        properties.put("xmpp.server.socket.active", "false");
        properties.put("xmpp.component.socket.active", "false");
        properties.put("xmpp.component.ssl.active", "false");
        properties.put("xmpp.multiplex.socket.active", "false");
        properties.put("xmpp.multiplex.ssl.active", "false");
        properties.put("xmpp.proxy.enabled", "false");
        properties.put("httpbind.enabled", "false");
        properties.put("flash.crossdomain.enabled", "false");
        properties.put("mediaproxy.enabled", "false");
        properties.put("multicastDNS.enabled", "false");
        // No calls home from a test.
        properties.put("update.service-enabled", "false");
        properties.put("update.notify-admins", "false");
        return properties;
    }
}

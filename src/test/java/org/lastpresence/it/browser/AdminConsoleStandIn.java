package org.lastpresence.it.browser;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import javax.servlet.jsp.JspFactory;

import org.apache.jasper.runtime.JspFactoryImpl;
import org.apache.tomcat.InstanceManager;
import org.apache.tomcat.SimpleInstanceManager;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.jivesoftware.openfire.container.PluginServlet;

/**
 * The part of Openfire's admin console that serves plugin pages, on 127.0.0.1: Openfire 4.2.0's own
 * {@link PluginServlet} at {@code /plugins/*} in a Jetty 9.2 context with sessions and the JSP runtime, as the
 * console's web application sets it up. The console web application itself is not on Maven Central, so its login
 * filter and page decorator are absent: pages render undecorated and without a console login.
 *
 * <p>Start it before Openfire boots: PluginServlet keeps the servlet configuration of its first init, and
 * registers the plugin's precompiled pages (from the plugin's {@code web/WEB-INF/web.xml}) when the plugin loads.
 */
final class AdminConsoleStandIn {
    private final Server server;
    private final int port;

    private AdminConsoleStandIn(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    static AdminConsoleStandIn start() throws Exception {
        // What Jasper's initializer does in the console: precompiled pages get their PageContext from this factory.
        if (JspFactory.getDefaultFactory() == null) {
            JspFactory.setDefaultFactory(new JspFactoryImpl());
        }
        Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // Precompiled pages look this up in _jspInit, exactly as in the console (AdminConsolePlugin sets it).
        context.setAttribute(InstanceManager.class.getName(), new SimpleInstanceManager());
        ServletHolder plugins = new ServletHolder("PluginServlet", new PluginServlet());
        plugins.setInitOrder(1);
        context.addServlet(plugins, "/plugins/*");
        server.setHandler(context);
        server.start();
        return new AdminConsoleStandIn(server, ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    /** The URL of a page of a plugin, e.g. {@code http://127.0.0.1:4711/plugins/lastpresence/overview.jsp}. */
    String pageUrl(String plugin, String page) {
        return "http://127.0.0.1:" + port + "/plugins/" + plugin + "/" + page;
    }

    void stop() throws Exception {
        server.stop();
    }
}

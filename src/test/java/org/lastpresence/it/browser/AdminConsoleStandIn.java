package org.lastpresence.it.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import javax.servlet.jsp.JspFactory;

import org.apache.jasper.runtime.JspFactoryImpl;
import org.apache.tomcat.InstanceManager;
import org.apache.tomcat.SimpleInstanceManager;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.jivesoftware.openfire.auth.AuthToken;
import org.jivesoftware.openfire.container.PluginServlet;

/**
 * The part of Openfire's admin console that serves plugin pages, on 127.0.0.1: Openfire 4.2.0's own
 * {@link PluginServlet} at {@code /plugins/*} in a Jetty 9.2 context with sessions and the JSP runtime, as the
 * console's web application sets it up. The console web application itself is not on Maven Central, so its page
 * decorator and stylesheet are absent: pages render undecorated. Its login is stood in for: every HTTP session
 * carries the auth token of one administrator, where the console's login puts it ({@code jive.admin.authToken}),
 * so Openfire's WebManager finds the page user as in the console.
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

    /** @param admin the user name of the administrator every browser session is logged in as */
    static AdminConsoleStandIn start(String admin) throws Exception {
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
        context.addFilter(new FilterHolder(new LoggedIn(admin)), "/*", EnumSet.of(DispatcherType.REQUEST));
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

    /** What the console's login leaves in the session: the administrator's auth token. */
    private static final class LoggedIn implements Filter {
        private final String admin;

        LoggedIn(String admin) {
            this.admin = admin;
        }

        @Override
        public void init(FilterConfig config) {
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpSession session = ((HttpServletRequest) request).getSession(true);
            if (session.getAttribute("jive.admin.authToken") == null) {
                session.setAttribute("jive.admin.authToken", new AuthToken(admin));
            }
            chain.doFilter(request, response);
        }

        @Override
        public void destroy() {
        }
    }
}

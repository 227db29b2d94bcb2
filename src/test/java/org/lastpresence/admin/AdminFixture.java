package org.lastpresence.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.lastpresence.PluginCounters;
import org.lastpresence.PluginServices;
import org.lastpresence.recording.ResourceStates;
import org.lastpresence.store.LastPresenceRecord;
import org.lastpresence.settings.LiveSettings;
import org.lastpresence.store.LastPresenceStore;
import org.lastpresence.store.VisibleRecords;
import org.lastpresence.testing.InMemoryDatabase;
import org.lastpresence.testing.MapProperties;
import org.lastpresence.testing.MutableClock;
import org.lastpresence.testing.TableSessions;
import org.lastpresence.uptime.Uptimes;
import org.xmpp.packet.JID;
import org.xmpp.packet.Presence;

/** A plugin's services in memory, the plugin's real bundles, and browser-like requests with a session. */
final class AdminFixture {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    static final ClassLoader I18N = i18nLoader();

    final MutableClock clock = new MutableClock(NOW);
    final MapProperties properties = new MapProperties();
    final LastPresenceStore store = new LastPresenceStore(new InMemoryDatabase());
    final TableSessions sessions = new TableSessions();
    final ResourceStates resources = new ResourceStates(sessions, new ConcurrentHashMap<>(), () -> "local");
    final PluginCounters counters = new PluginCounters(clock);
    final Uptimes uptimes = new Uptimes(NOW.minusSeconds(3 * 86_400 + 4 * 3_600 + 5 * 60));
    final LiveSettings settings = new LiveSettings(properties);
    final PluginServices services = new PluginServices(clock, properties, settings, store,
            new VisibleRecords(store, settings, clock), resources, counters, uptimes);
    final AdminMessages english = messages(Locale.ENGLISH);
    /** What the pages wrote to the admin audit log, "summary | details" per entry. */
    final List<String> audit = new CopyOnWriteArrayList<>();
    private final AuditLog auditLog = (summary, details) -> audit.add(summary + " | " + details);
    /** The browser's session: shared by every request this fixture makes, as one browser's cookie would. */
    final Map<String, Object> sessionAttributes = new ConcurrentHashMap<>();
    private final HttpSession session = session(sessionAttributes);

    /** The plugin's i18n folder, seen as Openfire's plugin class loader sees it. */
    private static ClassLoader i18nLoader() {
        try {
            return new URLClassLoader(new URL[] {Path.of("i18n").toAbsolutePath().toUri().toURL()}, null);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static AdminMessages messages(Locale locale) {
        return AdminMessages.forLocale(locale, I18N);
    }

    void offlineRecord(String user, String resource, String status, Instant since) {
        store.put(new LastPresenceRecord(user, resource, status, since, null));
    }

    void online(String user, String resource, String show, String status, Instant since) {
        Presence presence = new Presence();
        presence.setFrom(new JID(user, "example.org", resource));
        if (show != null) {
            presence.setShow(Presence.Show.valueOf(show));
        }
        if (status != null) {
            presence.setStatus(status);
        }
        JID address = new JID(user, "example.org", resource);
        resources.apply(address, presence, since);
        sessions.update(address, presence);
    }

    PageRequest get(String... nameValues) {
        return new PageRequest(request("GET", session, nameValues), auditLog);
    }

    PageRequest post(String... nameValues) {
        return new PageRequest(request("POST", session, nameValues), auditLog);
    }

    /** A POST from a browser without this session (another site's forged form, or an expired session). */
    PageRequest postWithoutSession(String... nameValues) {
        return new PageRequest(request("POST", null, nameValues), auditLog);
    }

    /** The token the pages put into this session's forms. */
    String token() {
        return get().csrfToken();
    }

    private static HttpServletRequest request(String method, HttpSession session, String... nameValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put(nameValues[i], nameValues[i + 1]);
        }
        HttpServletRequest request = mock(HttpServletRequest.class);
        lenient().when(request.getMethod()).thenReturn(method);
        lenient().when(request.getParameter(anyString()))
                .thenAnswer(call -> parameters.get(call.getArgument(0, String.class)));
        if (session != null) {
            lenient().when(request.getSession(anyBoolean())).thenReturn(session);
        } else {
            // No session cookie: the servlet container has none to find, and makes a new one when asked to.
            lenient().when(request.getSession(false)).thenReturn(null);
            lenient().when(request.getSession(true)).thenAnswer(call -> session(new ConcurrentHashMap<>()));
        }
        lenient().when(request.getCharacterEncoding()).thenReturn("UTF-8");
        return request;
    }

    private static HttpSession session(Map<String, Object> attributes) {
        HttpSession session = mock(HttpSession.class);
        lenient().when(session.getAttribute(anyString()))
                .thenAnswer(call -> attributes.get(call.getArgument(0, String.class)));
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(session).setAttribute(anyString(), any());
        doAnswer(call -> attributes.remove(call.getArgument(0, String.class)))
                .when(session).removeAttribute(anyString());
        return session;
    }
}

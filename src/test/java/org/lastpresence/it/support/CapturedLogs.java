package org.lastpresence.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Collects the log events of the embedded Openfire and the plugin in the test JVM (Openfire 4.2.0 logs through SLF4J
 * to log4j 1.2, so does the plugin): an appender on the root logger sees every event that its logger's level lets
 * through (src/test/resources/log4j.properties: INFO for the plugin, WARN for Openfire and libraries).
 */
public final class CapturedLogs extends AppenderSkeleton implements AutoCloseable {
    /** One event as an operator's log file would show it: level, logger, message and any stack trace. */
    public static final class Event {
        private final Level level;
        private final String logger;
        private final String text;

        Event(Level level, String logger, String text) {
            this.level = level;
            this.logger = logger;
            this.text = text;
        }

        public boolean isAtLeast(Level threshold) {
            return level.isGreaterOrEqual(threshold);
        }

        public String logger() {
            return logger;
        }

        /** The rendered message followed by the throwable's text, if any. */
        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return level + " " + logger + " - " + text;
        }
    }

    private final List<Event> events = new ArrayList<>();

    private CapturedLogs() {
    }

    /** Starts collecting; close to stop. */
    public static CapturedLogs attach() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getRootLogger().addAppender(logs);
        return logs;
    }

    @Override
    protected synchronized void append(LoggingEvent event) {
        StringBuilder text = new StringBuilder(String.valueOf(event.getRenderedMessage()));
        String[] thrown = event.getThrowableStrRep();
        if (thrown != null) {
            for (String line : thrown) {
                text.append('\n').append(line);
            }
        }
        events.add(new Event(event.getLevel(), event.getLoggerName(), text.toString()));
    }

    /** The number of events so far: pass it to {@link #since} to look only at later ones. */
    public synchronized int mark() {
        return events.size();
    }

    /** Events collected at or after {@code mark} that match. */
    public synchronized List<Event> since(int mark, Predicate<Event> matching) {
        return events.subList(Math.min(mark, events.size()), events.size()).stream().filter(matching)
                .collect(Collectors.toList());
    }

    /** Matches events at this level or above. */
    public static Predicate<Event> atLeast(Level level) {
        return event -> event.isAtLeast(level);
    }

    /** Matches events of the plugin's loggers ({@code org.lastpresence.*}). */
    public static Predicate<Event> ofThePlugin() {
        return event -> event.logger().startsWith("org.lastpresence.")
                && !event.logger().startsWith("org.lastpresence.it.");
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }

    @Override
    public void close() {
        Logger.getRootLogger().removeAppender(this);
    }
}

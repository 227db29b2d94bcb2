package org.lastpresence.admin;

import java.time.Duration;

/** Durations in words, "up 3 days 4 hours" and "2 hours ago", from the two largest units, in the page's language. */
public final class HumanDuration {
    private final AdminMessages messages;

    public HumanDuration(AdminMessages messages) {
        this.messages = messages;
    }

    /** "up 3 days 4 hours". */
    public String uptime(Duration duration) {
        return messages.text("lastpresence.duration.uptime", amount(duration));
    }

    /** "2 hours ago", or "just now" under a second (and for a time in the future, which only clock skew makes). */
    public String ago(Duration duration) {
        if (duration.isNegative() || duration.getSeconds() == 0) {
            return messages.text("lastpresence.duration.justNow");
        }
        return messages.text("lastpresence.duration.ago", amount(duration));
    }

    /** "3 days 4 hours", "5 minutes", "12 seconds": an operator needs the order of magnitude, not every unit. */
    String amount(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        if (days > 0) {
            return pair(unit("days", days), hours, "hours");
        }
        if (hours > 0) {
            return pair(unit("hours", hours), minutes, "minutes");
        }
        if (minutes > 0) {
            return unit("minutes", minutes);
        }
        return unit("seconds", seconds);
    }

    private String pair(String larger, long smallerCount, String smallerUnit) {
        return smallerCount == 0 ? larger
                : messages.text("lastpresence.duration.pair", larger, unit(smallerUnit, smallerCount));
    }

    private String unit(String name, long count) {
        return messages.text("lastpresence.duration." + name, count);
    }
}

package org.lastpresence.admin;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.lastpresence.ActivityHistory;
import org.lastpresence.ActivityHistory.Kind;

/**
 * The overview's chart of the last 24 hours: geometry and texts of an inline SVG bar chart (one group of bars per
 * hour, one bar per kind of activity that happened), and the same numbers as a table. Drawn on the server: no
 * script and no outside service.
 */
public final class ActivityChart {
    public static final int WIDTH = 720;
    public static final int HEIGHT = 220;
    private static final double PLOT_LEFT = 48;
    private static final double PLOT_RIGHT = WIDTH - 8;
    private static final double PLOT_TOP = 10;
    private static final double PLOT_BOTTOM = HEIGHT - 30;
    private static final int HOURS = ActivityHistory.HOURS;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final List<Kind> KINDS = List.of(Kind.values());

    private final ActivityHistory.Day day;
    private final AdminMessages messages;
    private final NumberFormat numbers;
    private final long top;

    ActivityChart(ActivityHistory.Day day, AdminMessages messages) {
        this.day = day;
        this.messages = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.locale());
        this.top = niceCeiling(Math.max(1, day.max()));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that is at least {@code value}: the top of the scale. */
    static long niceCeiling(long value) {
        long magnitude = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * magnitude >= value) {
                    return step * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    /** The value at the top of the vertical scale. */
    public long scaleTop() {
        return top;
    }

    public String title() {
        return messages.text("lastpresence.overview.activity.title");
    }

    /** What the chart shows, in words, for screen readers. */
    public String description() {
        return messages.text("lastpresence.overview.activity.description", DAY_HOUR.format(day.hour(0)),
                DAY_HOUR.format(day.hour(0).plusSeconds(3_600L * HOURS)),
                numbers.format(day.total(Kind.PRESENCE_RECORDED)), numbers.format(day.total(Kind.PROBE_ANSWERED)),
                numbers.format(day.total(Kind.PROBE_RATE_LIMITED)));
    }

    /** Nothing happened in the 24 hours: the chart says so instead of showing an empty plot only. */
    public boolean empty() {
        return day.max() == 0;
    }

    /** One bar per kind and hour with a count above zero, oldest hour first. */
    public List<Bar> bars() {
        double slot = (PLOT_RIGHT - PLOT_LEFT) / HOURS;
        double width = slot * 0.8 / KINDS.size();
        List<Bar> bars = new ArrayList<>();
        for (int hour = 0; hour < HOURS; hour++) {
            for (int k = 0; k < KINDS.size(); k++) {
                long count = day.count(KINDS.get(k), hour);
                if (count == 0) {
                    continue;
                }
                // At least one pixel: an hour with activity never looks like an hour without.
                double height = Math.max(1, (PLOT_BOTTOM - PLOT_TOP) * count / top);
                double x = PLOT_LEFT + hour * slot + slot * 0.1 + k * width;
                String title = messages.text("lastpresence.overview.activity.bar", label(KINDS.get(k)), range(hour),
                        numbers.format(count));
                bars.add(new Bar(cssClass(KINDS.get(k)), day.hour(hour).toString(), count, number(x),
                        number(PLOT_BOTTOM - height), number(width), number(height), title));
            }
        }
        return bars;
    }

    /** The labels of the vertical scale: 0, the middle when it is a whole number, and the top. */
    public List<Tick> yTicks() {
        List<Tick> ticks = new ArrayList<>();
        ticks.add(yTick(0));
        if (top % 2 == 0) {
            ticks.add(yTick(top / 2));
        }
        ticks.add(yTick(top));
        return ticks;
    }

    private Tick yTick(long value) {
        double y = PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * value / top;
        return new Tick(numbers.format(value), number(PLOT_LEFT - 6), number(y));
    }

    /** The labels under the hours that start a quarter of the day (00:00, 06:00, 12:00, 18:00 UTC). */
    public List<Tick> xTicks() {
        double slot = (PLOT_RIGHT - PLOT_LEFT) / HOURS;
        List<Tick> ticks = new ArrayList<>();
        for (int hour = 0; hour < HOURS; hour++) {
            if (day.hour(hour).atOffset(ZoneOffset.UTC).getHour() % 6 == 0) {
                ticks.add(new Tick(hourLabel(hour), number(PLOT_LEFT + hour * slot), number(PLOT_BOTTOM + 16)));
            }
        }
        return ticks;
    }

    /** The kinds of activity, with their colour's class and their total over the 24 hours. */
    public List<Series> legend() {
        List<Series> legend = new ArrayList<>();
        for (Kind kind : KINDS) {
            legend.add(new Series(cssClass(kind), label(kind), numbers.format(day.total(kind))));
        }
        return legend;
    }

    /** The table fallback: one row per hour, oldest first, with the count of each kind. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int hour = 0; hour < HOURS; hour++) {
            List<String> counts = new ArrayList<>();
            for (Kind kind : KINDS) {
                counts.add(numbers.format(day.count(kind, hour)));
            }
            rows.add(new Row(range(hour), day.hour(hour).toString(), counts));
        }
        return rows;
    }

    // Geometry of the plot area, for the axis lines.
    public String plotLeft() {
        return number(PLOT_LEFT);
    }

    public String plotRight() {
        return number(PLOT_RIGHT);
    }

    public String plotTop() {
        return number(PLOT_TOP);
    }

    public String plotBottom() {
        return number(PLOT_BOTTOM);
    }

    private String hourLabel(int hour) {
        return HOUR.format(day.hour(0).plusSeconds(3_600L * hour));
    }

    /** "09:00–10:00". */
    private String range(int hour) {
        return hourLabel(hour) + "\u2013" + hourLabel(hour + 1);
    }

    private String label(Kind kind) {
        switch (kind) {
            case PRESENCE_RECORDED:
                return messages.text("lastpresence.overview.activity.recorded");
            case PROBE_ANSWERED:
                return messages.text("lastpresence.overview.activity.answered");
            default:
                return messages.text("lastpresence.overview.activity.limited");
        }
    }

    private static String cssClass(Kind kind) {
        switch (kind) {
            case PRESENCE_RECORDED:
                return "lp-recorded";
            case PROBE_ANSWERED:
                return "lp-answered";
            default:
                return "lp-limited";
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** One bar: its kind's class, its hour (ISO), its count, its rectangle, and its tooltip. */
    public static final class Bar {
        private final String cssClass;
        private final String hour;
        private final long count;
        private final String x;
        private final String y;
        private final String width;
        private final String height;
        private final String title;

        Bar(String cssClass, String hour, long count, String x, String y, String width, String height, String title) {
            this.cssClass = cssClass;
            this.hour = hour;
            this.count = count;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.title = title;
        }

        public String cssClass() {
            return cssClass;
        }

        public String hour() {
            return hour;
        }

        public long count() {
            return count;
        }

        public String x() {
            return x;
        }

        public String y() {
            return y;
        }

        public String width() {
            return width;
        }

        public String height() {
            return height;
        }

        public String title() {
            return title;
        }
    }

    /** A label of an axis and where it goes. */
    public static final class Tick {
        private final String label;
        private final String x;
        private final String y;

        Tick(String label, String x, String y) {
            this.label = label;
            this.x = x;
            this.y = y;
        }

        public String label() {
            return label;
        }

        public String x() {
            return x;
        }

        public String y() {
            return y;
        }
    }

    /** A kind of activity in the legend. */
    public static final class Series {
        private final String cssClass;
        private final String label;
        private final String total;

        Series(String cssClass, String label, String total) {
            this.cssClass = cssClass;
            this.label = label;
            this.total = total;
        }

        public String cssClass() {
            return cssClass;
        }

        public String label() {
            return label;
        }

        public String total() {
            return total;
        }
    }

    /** An hour in the table: "09:00–10:00", its start (ISO) and the count of each kind, formatted. */
    public static final class Row {
        private final String hours;
        private final String start;
        private final List<String> counts;

        Row(String hours, String start, List<String> counts) {
            this.hours = hours;
            this.start = start;
            this.counts = counts;
        }

        public String hours() {
            return hours;
        }

        public String start() {
            return start;
        }

        public List<String> counts() {
            return Collections.unmodifiableList(counts);
        }
    }
}

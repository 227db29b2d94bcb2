package org.lastpresence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lastpresence.ActivityHistory.Kind;
import org.lastpresence.testing.MutableClock;

class ActivityHistoryTest {
    private static final Instant TEN_PAST_NINE = Instant.parse("2026-11-21T09:10:00Z");
    private final MutableClock clock = new MutableClock(TEN_PAST_NINE);
    private final ActivityHistory history = new ActivityHistory(clock);

    private void count(Kind kind, int times) {
        for (int i = 0; i < times; i++) {
            history.count(kind);
        }
    }

    /** The 24 counts of a kind, oldest hour first. */
    private List<Long> counts(Kind kind) {
        ActivityHistory.Day day = history.lastDay();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < ActivityHistory.HOURS; i++) {
            counts.add(day.count(kind, i));
        }
        return counts;
    }

    @Test
    void theWindowIsTheLast24WholeHoursEndingWithTheCurrentOne() {
        ActivityHistory.Day day = history.lastDay();
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), day.hour(0));
        assertEquals(Instant.parse("2026-11-21T09:00:00Z"), day.hour(23));
        assertEquals(0, day.max(), "nothing counted yet");
    }

    @Test
    void eachKindCountsInTheCurrentHour() {
        count(Kind.PRESENCE_RECORDED, 3);
        count(Kind.PROBE_ANSWERED, 5);
        count(Kind.PROBE_RATE_LIMITED, 1);
        ActivityHistory.Day day = history.lastDay();
        assertEquals(3, day.count(Kind.PRESENCE_RECORDED, 23));
        assertEquals(5, day.count(Kind.PROBE_ANSWERED, 23));
        assertEquals(1, day.count(Kind.PROBE_RATE_LIMITED, 23));
        assertEquals(5, day.max());
        assertEquals(0, day.count(Kind.PROBE_ANSWERED, 22));
    }

    @Test
    void aNewHourStartsAFreshBucketAndTheOldOneMovesLeft() {
        count(Kind.PROBE_ANSWERED, 2);
        clock.advance(Duration.ofMinutes(49)); // 09:59
        count(Kind.PROBE_ANSWERED, 1);
        clock.advance(Duration.ofMinutes(1)); // 10:00 sharp belongs to the new hour
        count(Kind.PROBE_ANSWERED, 4);
        List<Long> counts = counts(Kind.PROBE_ANSWERED);
        assertEquals(3L, counts.get(22), "09:00-10:00");
        assertEquals(4L, counts.get(23), "10:00-11:00");
        assertEquals(Instant.parse("2026-11-21T10:00:00Z"), history.lastDay().hour(23));
    }

    @Test
    void hoursWithoutActivityStayZeroBetweenBusyOnes() {
        count(Kind.PRESENCE_RECORDED, 1);
        clock.advance(Duration.ofHours(5));
        count(Kind.PRESENCE_RECORDED, 2);
        List<Long> counts = counts(Kind.PRESENCE_RECORDED);
        assertEquals(1L, counts.get(18));
        for (int i = 19; i < 23; i++) {
            assertEquals(0L, counts.get(i), "hour " + i + " had no activity");
        }
        assertEquals(2L, counts.get(23));
        assertEquals(3, history.lastDay().total(Kind.PRESENCE_RECORDED));
    }

    @Test
    void countsOlderThan24HoursLeaveTheWindowAndTheirBucketIsReused() {
        count(Kind.PROBE_RATE_LIMITED, 7);
        clock.advance(Duration.ofHours(23));
        assertEquals(7L, counts(Kind.PROBE_RATE_LIMITED).get(0), "23 hours later: the oldest hour shown");
        clock.advance(Duration.ofHours(1));
        assertEquals(0, history.lastDay().total(Kind.PROBE_RATE_LIMITED), "24 hours later: out of the window");
        count(Kind.PROBE_RATE_LIMITED, 1);
        assertEquals(1L, counts(Kind.PROBE_RATE_LIMITED).get(23), "the same bucket counts the new hour from 1");
        assertEquals(1, history.lastDay().total(Kind.PROBE_RATE_LIMITED));
    }

    @Test
    void aLongSilenceShowsAnEmptyDay() {
        count(Kind.PROBE_ANSWERED, 9);
        clock.advance(Duration.ofDays(3));
        assertEquals(0, history.lastDay().max());
    }

    @Test
    void concurrentCountsAreNotLost() throws Exception {
        int threads = 4;
        int each = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    count(Kind.PROBE_ANSWERED, each);
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
        }
        assertEquals(true, pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals((long) threads * each, history.lastDay().total(Kind.PROBE_ANSWERED));
    }

    @Test
    void pluginCountersFeedTheHistoryThroughTheirUsualMethods() {
        PluginCounters counters = new PluginCounters(clock);
        counters.presenceChanged();
        counters.probeAnswered();
        counters.probeAnswered();
        counters.probeRateLimited();
        counters.stampAdded();
        ActivityHistory.Day day = counters.activity().lastDay();
        assertEquals(1, day.count(Kind.PRESENCE_RECORDED, 23));
        assertEquals(2, day.count(Kind.PROBE_ANSWERED, 23));
        assertEquals(1, day.count(Kind.PROBE_RATE_LIMITED, 23));
        assertEquals(2, counters.probesAnswered(), "the totals since start are kept as before");
    }
}

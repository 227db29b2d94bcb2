package org.lastpresence.bench.ab;

import java.util.Arrays;

/** Nearest-rank percentiles of recorded samples (nanoseconds, bytes, ...), growing as samples arrive. */
final class Percentiles {
    private long[] samples = new long[1024];
    private int count;

    void add(long sample) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = sample;
    }

    int count() {
        return count;
    }

    /** The smallest sample with at least {@code percent} % of all samples at or below it; NaN without samples. */
    double percentile(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1];
    }
}

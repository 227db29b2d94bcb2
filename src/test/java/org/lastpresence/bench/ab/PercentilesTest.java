package org.lastpresence.bench.ab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfAHundredShuffledSamples() {
        Percentiles percentiles = new Percentiles();
        for (int i = 0; i < 100; i++) {
            percentiles.add((i * 37) % 100 + 1);
        }
        assertEquals(100, percentiles.count());
        assertEquals(50, percentiles.percentile(50));
        assertEquals(99, percentiles.percentile(99));
        assertEquals(100, percentiles.percentile(100));
        assertEquals(1, percentiles.percentile(0.5));
    }

    @Test
    void fewSamplesRoundTheRankUp() {
        Percentiles percentiles = new Percentiles();
        percentiles.add(30);
        percentiles.add(10);
        percentiles.add(20);
        assertEquals(20, percentiles.percentile(50));
        assertEquals(30, percentiles.percentile(99));
    }

    @Test
    void growsPastItsInitialCapacity() {
        Percentiles percentiles = new Percentiles();
        for (int i = 5000; i > 0; i--) {
            percentiles.add(i);
        }
        assertEquals(2500, percentiles.percentile(50));
        assertEquals(4950, percentiles.percentile(99));
    }

    @Test
    void noSamplesGiveNaNAndBadPercentsAreRefused() {
        assertTrue(Double.isNaN(new Percentiles().percentile(50)));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles().percentile(0));
        assertThrows(IllegalArgumentException.class, () -> new Percentiles().percentile(101));
    }
}

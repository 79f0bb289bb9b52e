package org.strategyworkbench.dataset.synthetic.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices from one seed and stream, so each kind of entity draws independently. Not thread-safe. */
public final class Draw {

    private final SplittableRandom random;

    public Draw(long seed, int stream) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream);
    }

    /** A number from 0 (inclusive) to {@code bound} (exclusive). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** Whether an event of the given probability happens. */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A day from {@code from} to {@code days} days later. */
    public LocalDate day(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days + 1));
    }

    /** A fixed-width number for ids, for example {@code 0042}, wide enough for {@code count}. */
    static String number(int value, int count) {
        int width = Math.max(4, Integer.toString(count).length());
        return String.format("%0" + width + "d", value);
    }
}

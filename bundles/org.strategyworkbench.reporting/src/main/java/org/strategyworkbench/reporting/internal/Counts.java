package org.strategyworkbench.reporting.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Counts of values by an enum key, in the enum's order, zeros included. */
final class Counts {

    private Counts() {
    }

    static <T, E extends Enum<E>> Map<E, Integer> by(Iterable<T> items, Class<E> keys, Function<T, E> key) {
        Map<E, Integer> counts = new EnumMap<>(keys);
        for (E e : keys.getEnumConstants()) {
            counts.put(e, 0);
        }
        for (T item : items) {
            E k = key.apply(item);
            if (k != null) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }
}

package org.strategyworkbench.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a task a number of times after warm-up runs, and keeps the median time. */
final class Median {

    /** A task to time. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    private Median() {
    }

    /** The median wall-clock time of {@code runs} runs, in milliseconds, after {@code warmUps} untimed runs. */
    static double millis(int warmUps, int runs, Task task) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            task.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        int middle = times.size() / 2;
        return times.size() % 2 == 1 ? times.get(middle) : (times.get(middle - 1) + times.get(middle)) / 2;
    }
}

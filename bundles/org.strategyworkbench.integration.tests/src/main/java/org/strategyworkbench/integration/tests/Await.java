package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.function.Supplier;

/** Polls for a condition that the framework reaches asynchronously (FileInstall, SCR). */
final class Await {

    private static final long TIMEOUT_MILLIS = 15_000;

    private Await() {
    }

    /** The first present value of {@code probe}, or a test failure naming {@code what}. */
    static <T> T value(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(25);
        }
        return fail("timed out after " + TIMEOUT_MILLIS + " ms waiting for " + what);
    }

    static void condition(String what, Supplier<Boolean> probe) throws InterruptedException {
        value(what, () -> probe.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}

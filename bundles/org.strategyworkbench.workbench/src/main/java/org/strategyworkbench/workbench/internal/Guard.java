package org.strategyworkbench.workbench.internal;

import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * Calls into contributions so that a failing one cannot take the host down: every throwable but
 * a {@link VirtualMachineError} other than a stack overflow is caught, logged with the bundle at
 * fault and turned into a result the caller can show. While a call runs on the event thread,
 * {@link #current()} names it, so the freeze watchdog can blame the right bundle.
 */
final class Guard {

    /** Who the event thread is working for, or {@code null}. */
    record Blame(Bundle bundle, String what) {
    }

    /** The outcome of a guarded call: a value, or the failure. */
    record Result<T>(T value, Throwable failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private static volatile Blame current;

    private final ErrorLogImpl log;

    Guard(ErrorLogImpl log) {
        this.log = log;
    }

    static Blame current() {
        return current;
    }

    /** Runs {@code call} for {@code bundle}; a failure is logged as "{@code what} failed". */
    <T> Result<T> call(Bundle bundle, String what, Callable<T> call) {
        Blame outer = current;
        current = new Blame(bundle, what);
        try {
            return new Result<>(call.call(), null);
        } catch (StackOverflowError e) {
            return failed(bundle, what, e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return failed(bundle, what, e);
        } finally {
            current = outer;
        }
    }

    /** As {@link #call}, for a call without a result. */
    Result<Void> run(Bundle bundle, String what, ThrowingRunnable run) {
        return call(bundle, what, () -> {
            run.run();
            return null;
        });
    }

    private <T> Result<T> failed(Bundle bundle, String what, Throwable e) {
        log.log(LogEntry.Level.ERROR, bundle, what + " failed: " + message(e), e);
        return new Result<>(null, e);
    }

    static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String text = cause.getMessage();
        return cause.getClass().getSimpleName() + (text == null || text.isBlank() ? "" : ": " + text);
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}

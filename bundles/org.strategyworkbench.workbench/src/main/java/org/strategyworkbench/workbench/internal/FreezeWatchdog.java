package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * Reports an event dispatch thread that does not answer for more than a second, with its stack
 * and the bundle at fault: the contribution the host was calling when it froze, or else the
 * first bundle (other than the JDK and the workbench itself) with a class on the stack. An
 * uncaught exception on the event thread is logged the same way.
 */
final class FreezeWatchdog {

    static final long THRESHOLD_MILLIS = 1000;
    private static final long PING_MILLIS = 100;

    private final ErrorLogImpl log;
    private final BundleContext context;
    private volatile Thread thread;
    private volatile Thread edt;
    private volatile long pingSent;
    private volatile boolean answered = true;

    FreezeWatchdog(ErrorLogImpl log, BundleContext context) {
        this.log = log;
        this.context = context;
    }

    void start() {
        Thread watcher = new Thread(this::watch, "workbench-freeze-watchdog");
        watcher.setDaemon(true);
        thread = watcher;
        watcher.start();
    }

    void stop() {
        Thread watcher = thread;
        thread = null;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    private void watch() {
        boolean reported = false;
        while (thread == Thread.currentThread()) {
            try {
                if (answered) {
                    if (reported) {
                        long lasted = (System.nanoTime() - pingSent) / 1_000_000;
                        log.log(LogEntry.Level.INFO, null, "The UI thread answered again after about " + lasted + " ms", null);
                        reported = false;
                    }
                    answered = false;
                    pingSent = System.nanoTime();
                    EventQueue.invokeLater(this::pong);
                } else if (!reported && (System.nanoTime() - pingSent) / 1_000_000 > THRESHOLD_MILLIS) {
                    reported = true;
                    report();
                }
                Thread.sleep(PING_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void pong() {
        Thread current = Thread.currentThread();
        if (current != edt) {
            edt = current;
            current.setUncaughtExceptionHandler((t, e) -> log.log(LogEntry.Level.ERROR, blame(e.getStackTrace()),
                    "Uncaught exception on the UI thread: " + Guard.message(e), e));
        }
        answered = true;
    }

    private void report() {
        Thread frozen = edt;
        StackTraceElement[] stack = frozen == null ? new StackTraceElement[0] : frozen.getStackTrace();
        Guard.Blame blame = Guard.current();
        Bundle culprit = blame != null ? blame.bundle() : blame(stack);
        String what = blame != null ? " in " + blame.what() : "";
        Throwable trace = new Throwable("UI thread stack");
        trace.setStackTrace(stack);
        String detail = Arrays.stream(stack).map(e -> "\tat " + e).collect(Collectors.joining("\n"));
        // a plugin at fault is an error; the JDK's own work (fonts loaded on first use) only a warning
        log.add(new LogEntry(java.time.Instant.now(), culprit == null ? LogEntry.Level.WARNING : LogEntry.Level.ERROR,
                ErrorLogImpl.describe(culprit),
                "The UI thread has not answered for more than " + THRESHOLD_MILLIS / 1000 + " s" + what
                        + (culprit == null ? "" : " (bundle " + ErrorLogImpl.describe(culprit) + ")"),
                detail));
    }

    /** The first bundle other than the system bundle and this one with a class on the stack. */
    private Bundle blame(StackTraceElement[] stack) {
        Bundle self = context.getBundle();
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("sun.") || name.startsWith("jdk.")
                    || name.startsWith("com.formdev.flatlaf.")) {
                continue;
            }
            String resource = name.replace('.', '/') + ".class";
            int nested = resource.indexOf('$');
            if (nested > 0) {
                resource = resource.substring(0, nested) + ".class";
            }
            for (Bundle bundle : context.getBundles()) {
                try {
                    if (bundle.getBundleId() != 0 && bundle != self && bundle.getEntry(resource) != null) {
                        return bundle;
                    }
                } catch (IllegalStateException uninstalled) {
                    // went away while we looked
                }
            }
        }
        return null;
    }
}

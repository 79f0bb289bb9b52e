package org.strategyworkbench.launcher.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Reports start-up milestones as "startup: NAME MILLIS" lines on standard error when the system
 * property {@value #REPORT} is true; the start-up benchmark reads them. Milliseconds count from
 * the start of the process.
 */
final class Startup {

    static final String REPORT = "strategyworkbench.startup.report";

    private Startup() {
    }

    static void milestone(String name, PrintStream err) {
        if (Boolean.getBoolean(REPORT)) {
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            err.println("startup: " + name + " " + Duration.between(start, Instant.now()).toMillis());
        }
    }
}

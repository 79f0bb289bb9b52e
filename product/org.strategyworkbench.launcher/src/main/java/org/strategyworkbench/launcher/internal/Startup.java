package org.strategyworkbench.launcher.internal;

import java.io.PrintStream;

/**
 * Reports start-up milestones as "startup: NAME EPOCH_MILLIS" lines on standard error when the
 * system property {@value #REPORT} is true. The start-up benchmark (benchmarks/startup.sh) takes
 * the time before it starts the process and subtracts: the JVM's own idea of its start time is
 * not precise enough on Linux.
 */
final class Startup {

    static final String REPORT = "strategyworkbench.startup.report";

    private Startup() {
    }

    static void milestone(String name, PrintStream err) {
        if (Boolean.getBoolean(REPORT)) {
            err.println("startup: " + name + " " + System.currentTimeMillis());
        }
    }
}

package org.strategyworkbench.launcher.output;

import java.time.Instant;
import java.util.Optional;

/**
 * The process that made a temporary file: its id and its start time (epoch milliseconds, 0 when
 * the system does not tell), so that an id reused by a later process is not taken for the writer.
 *
 * @param pid the process id
 * @param start when the process started, or 0 when unknown
 */
record Owner(long pid, long start) {

    /** This process. */
    static final Owner CURRENT = of(ProcessHandle.current());

    static Owner of(ProcessHandle process) {
        return new Owner(process.pid(), startOf(process));
    }

    private static long startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Whether the process that made the file still runs. */
    boolean alive() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        return process.isPresent() && (start == 0 || startOf(process.get()) == 0 || startOf(process.get()) == start);
    }

    /** The form used in file names: {@code PID-START}. */
    @Override
    public String toString() {
        return pid + "-" + start;
    }
}

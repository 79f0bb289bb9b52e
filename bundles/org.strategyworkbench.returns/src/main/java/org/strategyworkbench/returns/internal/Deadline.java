package org.strategyworkbench.returns.internal;

import java.time.Duration;

/** The moment by which reading a file must be done; every read of its bytes checks it. */
final class Deadline {

    private final long end;
    private final Duration allowed;

    private Deadline(Duration allowed) {
        this.allowed = allowed;
        this.end = System.nanoTime() + allowed.toNanos();
    }

    static Deadline in(Duration allowed) {
        return new Deadline(allowed);
    }

    /** Throws when the time is up, or the reading thread was interrupted. */
    void check() throws Refused {
        if (System.nanoTime() - end > 0 || Thread.currentThread().isInterrupted()) {
            throw new Refused("reading it took longer than " + allowed.toSeconds()
                    + " s; a return is read in well under a second, so this file is refused as too large or too complex");
        }
    }
}

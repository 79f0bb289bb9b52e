package org.strategyworkbench.workbench.service;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A scheduled background task, shown in the status line and the Progress view.
 *
 * @since 1.0
 */
@ProviderType
public interface Job {

    /** Where a job is in its life. */
    enum State {
        /** Waiting for a thread. */
        WAITING,
        /** Running. */
        RUNNING,
        /** Ended normally. */
        DONE,
        /** Ended early because it was cancelled. */
        CANCELED,
        /** Ended by an exception. */
        FAILED
    }

    /** The name given when scheduled. */
    String name();

    /** The current state. */
    State state();

    /** Asks the job to stop; a waiting job never starts, a running one sees {@code isCanceled()}. */
    void cancel();

    /** Completes when the job ends, with the task's exception when it failed. */
    CompletionStage<State> completion();
}

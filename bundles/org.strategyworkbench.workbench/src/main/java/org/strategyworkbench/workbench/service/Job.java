package org.strategyworkbench.workbench.service;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A scheduled background task, shown in the status line and the Progress view. Created by
 * {@link JobService#schedule}; thread-safe, any thread may use it.
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

    /**
     * The name given when scheduled.
     *
     * @return the name, as the status line and the Progress view show it
     */
    String name();

    /**
     * The current state.
     *
     * @return {@link State#WAITING}, then {@link State#RUNNING}, then one of the ended states
     */
    State state();

    /**
     * Asks the job to stop; a waiting job never starts, a running one sees {@code isCanceled()}.
     * The task's thread is not interrupted. A job that ended is not affected.
     */
    void cancel();

    /**
     * Completes when the job ends, with the task's exception when it failed.
     *
     * @return a stage that completes with {@link State#DONE} or {@link State#CANCELED}, or
     *         exceptionally with the task's exception; on the job's thread when it ends after the
     *         call
     */
    CompletionStage<State> completion();
}

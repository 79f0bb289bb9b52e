package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The work of a {@link Job}, run on a background thread, never the event dispatch thread.
 *
 * @since 1.0
 */
@ConsumerType
public interface JobTask {

    /**
     * Does the work, reporting to {@code monitor} and returning early when it is cancelled. A task
     * that hands results to the user interface does so with {@code EventQueue.invokeLater}.
     *
     * @param monitor where to report progress and to ask whether the job was cancelled
     * @throws Exception any failure; the job ends {@link Job.State#FAILED}, is logged and shown. An
     *         {@link InterruptedException}, or any exception once the job was cancelled, ends it
     *         {@link Job.State#CANCELED} instead
     */
    void run(ProgressMonitor monitor) throws Exception;
}

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
     * Does the work, reporting to {@code monitor} and returning early when it is cancelled.
     *
     * @throws Exception any failure; the job ends {@link Job.State#FAILED}, is logged and shown
     */
    void run(ProgressMonitor monitor) throws Exception;
}

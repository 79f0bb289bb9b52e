package org.strategyworkbench.workbench.service;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in the background with progress and cancel. A service of the workbench bundle;
 * thread-safe.
 *
 * <p>Jobs run on a small pool of daemon threads shared by every bundle, so a job may wait for
 * others to end: a task must not wait for another job. The service is given to each bundle as its
 * own (bundle scope): when the bundle stops, or stops using it, its waiting and running jobs are
 * cancelled. The job service of {@link Workbench#jobs()} is the same: the jobs are those of the
 * bundle that was given that workbench (as a service, or through its part's site or its command's
 * context).
 *
 * @since 1.0
 */
@ProviderType
public interface JobService {

    /**
     * Schedules {@code task} to run on a background thread; any thread. Returns at once.
     *
     * @param name what the job does, shown in the status line and the Progress view, for example
     *        {@code "Exporting the implementation plan"}
     * @param task the work
     * @return the job, {@link Job.State#WAITING} or already running
     */
    Job schedule(String name, JobTask task);

    /**
     * The jobs waiting or running, oldest first.
     *
     * @return the active jobs of every bundle, a copy; empty when none is active
     */
    List<Job> active();
}

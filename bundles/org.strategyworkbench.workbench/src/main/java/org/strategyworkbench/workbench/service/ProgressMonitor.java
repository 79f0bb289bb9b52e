package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How a {@link JobTask} reports progress and learns it was cancelled. Thread-safe. Given to the
 * task by the job service; the status line and the Progress view show what it reports.
 *
 * @since 1.0
 */
@ProviderType
public interface ProgressMonitor {

    /**
     * Starts the work; the work done so far goes back to 0.
     *
     * @param task what is being done, shown beside the progress bar
     * @param totalWork units of work in all, or a negative number when unknown
     */
    void begin(String task, int totalWork);

    /**
     * Reports {@code work} more units done. Cheap enough to call for every item: the display is
     * updated at most 20 times a second.
     *
     * @param work units done since the last call
     */
    void worked(int work);

    /**
     * Names the current step.
     *
     * @param name the step, shown after the task; null or empty for none
     */
    void subTask(String name);

    /**
     * Whether the user asked to cancel; a task checks it often and then returns early.
     *
     * @return true once the job was cancelled
     */
    boolean isCanceled();
}

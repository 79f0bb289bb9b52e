package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How a {@link JobTask} reports progress and learns it was cancelled. Thread-safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ProgressMonitor {

    /**
     * Starts the work.
     *
     * @param task what is being done, shown beside the progress bar
     * @param totalWork units of work in all, or a negative number when unknown
     */
    void begin(String task, int totalWork);

    /** Reports {@code work} more units done. */
    void worked(int work);

    /** Names the current step. */
    void subTask(String name);

    /** Whether the user asked to cancel; a task checks it often and then returns early. */
    boolean isCanceled();
}

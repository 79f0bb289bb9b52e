package org.strategyworkbench.workbench.service;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in the background with progress and cancel. Jobs of a bundle that stops are
 * cancelled.
 *
 * @since 1.0
 */
@ProviderType
public interface JobService {

    /** Schedules {@code task} to run on a background thread; any thread. */
    Job schedule(String name, JobTask task);

    /** The jobs waiting or running, oldest first. */
    List<Job> active();
}

package org.strategyworkbench.reporting;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Follows a long report and may cancel it. Called on the thread that writes the report.
 *
 * @since 1.0
 */
@ConsumerType
public interface Progress {

    /** Does nothing and never cancels. */
    Progress NONE = (step, done, total) -> {
    };

    /**
     * @param step what is being written, for example the sheet's name
     * @param done how many of the steps are complete
     * @param total how many steps there are
     */
    void worked(String step, int done, int total);

    /** Whether the user asked to stop; the report then ends with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}

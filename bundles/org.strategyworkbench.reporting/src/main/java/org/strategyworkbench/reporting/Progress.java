package org.strategyworkbench.reporting;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Follows a long report and may cancel it. Called on the thread that writes the report: a user
 * interface moves what it shows to the event dispatch thread. Implemented by whoever asks for a
 * report; {@link #NONE} when nobody follows it.
 *
 * @since 1.0
 */
@ConsumerType
public interface Progress {

    /** Does nothing and never cancels. */
    Progress NONE = (step, done, total) -> {
    };

    /**
     * Called before each sheet is written, and once more, with the step {@code "saving"} and
     * {@code done == total}, before the workbook is completed.
     *
     * @param step what is being written, for example the sheet's name
     * @param done how many of the steps are complete
     * @param total how many steps there are
     */
    void worked(String step, int done, int total);

    /**
     * Whether the user asked to stop; the report then ends with a
     * {@link java.util.concurrent.CancellationException}. Asked before each sheet, on the thread
     * writing the report.
     *
     * @return true to stop the report; the default never stops it
     */
    default boolean cancelled() {
        return false;
    }
}

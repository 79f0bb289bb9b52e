package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Short messages to the user, shown for a few seconds in the window's status line without taking the
 * focus. Any thread: the message is shown on the event dispatch thread, later. Without an open
 * window (a headless command) nothing is shown. Every error is also written to the
 * {@link ErrorLog}, where it stays after the message is gone.
 *
 * @since 1.0
 */
@ProviderType
public interface Notifications {

    /**
     * Something finished or happened.
     *
     * @param message one short sentence, for example "Exported plan.xlsx"
     */
    void info(String message);

    /**
     * Something needs attention.
     *
     * @param message one short sentence
     */
    void warning(String message);

    /**
     * Something failed; {@code error} may be {@code null}.
     *
     * @param message one short sentence saying what failed
     * @param error the exception behind the failure, logged with its stack trace; or {@code null}
     *        when there is none (a file refused, a value out of range)
     */
    void error(String message, Throwable error);
}

package org.strategyworkbench.workbench.service;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Short messages to the user, shown for a few seconds in the window's corner without taking the
 * focus. Any thread. Errors are also written to the {@link ErrorLog}.
 *
 * @since 1.0
 */
@ProviderType
public interface Notifications {

    /** Something finished or happened. */
    void info(String message);

    /** Something needs attention. */
    void warning(String message);

    /** Something failed; {@code error} may be {@code null}. */
    void error(String message, Throwable error);
}

package org.strategyworkbench.core.store;

import java.io.IOException;

/**
 * The workspace is open in another process. The message says which (process, user, host, since).
 *
 * @since 1.0
 */
public class WorkspaceLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which process holds the workspace (process, user, host, since), in words a
     *        user can act on
     */
    public WorkspaceLockedException(String message) {
        super(message);
    }
}

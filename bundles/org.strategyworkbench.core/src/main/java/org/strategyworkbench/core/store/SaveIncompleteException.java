package org.strategyworkbench.core.store;

import java.io.IOException;

/**
 * A save took place but is not complete yet: the store recorded it durably (for the JSON store,
 * in its journal) and then could not put all of it in place, for example because the disk
 * filled up. The edit counts as saved: the store completes it before its next save or, at the
 * latest, when the workspace is next opened.
 *
 * @since 1.1
 */
public class SaveIncompleteException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be completed, in words a user can act on
     * @param cause the failure that interrupted the save
     */
    public SaveIncompleteException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.strategyworkbench.launcher.internal;

/** A command line the launcher cannot accept; the message is shown to the user as it is. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

package org.strategyworkbench.returns.internal;

/** A returned file that is refused as a whole; the message says why, in words for the secretariat. */
final class Refused extends Exception {

    private static final long serialVersionUID = 1L;

    Refused(String message) {
        super(message, null, false, false);
    }
}

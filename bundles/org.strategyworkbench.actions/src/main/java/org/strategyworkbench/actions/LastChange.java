package org.strategyworkbench.actions;

import java.time.Instant;
import java.util.Objects;

/**
 * Who last changed a record, and when.
 *
 * @param by the person or delegation
 * @param at the moment of the change
 * @since 1.0
 */
public record LastChange(String by, Instant at) {

    /**
     * Creates a last change.
     *
     * @param by the person or delegation; not null
     * @param at the moment of the change; not null
     * @throws NullPointerException when by or at is null
     */
    public LastChange {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}

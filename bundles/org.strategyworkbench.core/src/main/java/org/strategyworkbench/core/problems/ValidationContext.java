package org.strategyworkbench.core.problems;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What validators judge against.
 *
 * @param asOf the date "today" means for the checks, so that a report of last week can be re-run
 * @since 1.0
 */
public record ValidationContext(LocalDate asOf) {

    /**
     * Creates a context.
     *
     * @param asOf the date "today" means for the checks; not null
     * @throws NullPointerException when asOf is null
     */
    public ValidationContext {
        Objects.requireNonNull(asOf, "asOf");
    }
}

package org.strategyworkbench.allies;

import java.time.LocalDate;

/**
 * An ally.
 *
 * @param code ISO 3166-1 alpha-3 code, for example {@code "NOR"}; the id
 * @param name the English short name
 * @param accessionYear the year the ally joined
 * @param accessionDate the day the ally joined, or null when unknown
 * @param tier the space-maturity tier set by staff
 * @since 1.0
 */
public record Ally(String code, String name, int accessionYear, LocalDate accessionDate, MaturityTier tier) {

    public Ally {
        tier = tier == null ? MaturityTier.NOT_ASSESSED : tier;
    }

    /** This ally with another maturity tier. */
    public Ally withTier(MaturityTier newTier) {
        return new Ally(code, name, accessionYear, accessionDate, newTier);
    }
}

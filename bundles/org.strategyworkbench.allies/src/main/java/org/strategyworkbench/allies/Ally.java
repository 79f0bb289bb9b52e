package org.strategyworkbench.allies;

import java.time.LocalDate;

/**
 * An ally. Immutable; stored under {@link AllyType#TYPE}, which checks it when an edit stores it.
 *
 * @param code ISO 3166-1 alpha-3 code, for example {@code "NOR"}; the id
 * @param name the English short name
 * @param accessionYear the year the ally joined
 * @param accessionDate the day the ally joined, or null when unknown
 * @param tier the space-maturity tier set by staff
 * @since 1.0
 */
public record Ally(String code, String name, int accessionYear, LocalDate accessionDate, MaturityTier tier) {

    /**
     * Creates an ally.
     *
     * @param code ISO 3166-1 alpha-3 code, three capital letters, for example {@code "NOR"}
     * @param name the English short name; required
     * @param accessionYear the year the ally joined, 1949 or later
     * @param accessionDate the day the ally joined, in the accession year, or null when unknown
     * @param tier the space-maturity tier; null is taken as {@link MaturityTier#NOT_ASSESSED}
     */
    public Ally {
        tier = tier == null ? MaturityTier.NOT_ASSESSED : tier;
    }

    /**
     * This ally with another maturity tier.
     *
     * @param newTier the tier staff set; null is taken as {@link MaturityTier#NOT_ASSESSED}
     * @return a new ally; this one is unchanged
     */
    public Ally withTier(MaturityTier newTier) {
        return new Ally(code, name, accessionYear, accessionDate, newTier);
    }
}

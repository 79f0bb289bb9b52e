package org.strategyworkbench.milestones;

/**
 * A milestone's status, derived from its dates.
 *
 * @since 1.0
 */
public enum MilestoneStatus {
    /** Not reached, and the forecast holds to the baseline. */
    ON_TRACK,
    /** Not reached, and the forecast has slipped past the baseline. */
    AT_RISK,
    /** Not reached, and the forecast (or the baseline, without one) has passed. */
    LATE,
    /** Reached: it has an actual date. */
    DONE
}

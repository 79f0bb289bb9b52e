package org.strategyworkbench.milestones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.strategyworkbench.commitments.Provenance;

/**
 * A dated step towards a commitment, or an event of the strategy's timeline. Immutable; stored
 * under {@link MilestoneType#TYPE}, which checks it when an edit stores it.
 *
 * @param id stable id, for example {@code "MS-2025-02-13"}
 * @param title what happens, in the workspace's own words
 * @param commitment the commitment it belongs to, or {@code ""} for a timeline event
 * @param owner who delivers it
 * @param category for example policy, capability, industry, strategy
 * @param baseline the planned date, or null
 * @param forecast the current estimate, or null
 * @param actual when it happened, or null
 * @param precision how precise the dates are: {@code "day"} or {@code "month"}
 * @param dependsOn ids of milestones that must be reached first
 * @param provenance where the dates come from
 * @param marking the release marking ({@code ""} when releasable to every audience)
 * @since 1.0
 */
public record Milestone(String id, String title, String commitment, String owner, String category, LocalDate baseline,
        LocalDate forecast, LocalDate actual, String precision, List<String> dependsOn, Provenance provenance,
        String marking) {

    /**
     * Creates a milestone; absent optional values are replaced by their defaults.
     *
     * @param id stable id, for example {@code "MS-2025-02-13"}
     * @param title what happens; required
     * @param commitment the commitment it belongs to; null is taken as {@code ""} (a timeline
     *        event)
     * @param owner who delivers it; null is taken as empty
     * @param category for example policy, capability, industry, strategy; null is taken as empty
     * @param baseline the planned date, or null
     * @param forecast the current estimate, or null
     * @param actual when it happened, or null; at least one of the three dates is required
     * @param precision {@code "day"} or {@code "month"}; null is taken as {@code "day"}
     * @param dependsOn ids of milestones that must be reached first, not its own; null is taken
     *        as none, copied
     * @param provenance where the dates come from; required
     * @param marking the release marking; null is taken as {@code ""} (every audience)
     */
    public Milestone {
        commitment = commitment == null ? "" : commitment;
        owner = owner == null ? "" : owner;
        category = category == null ? "" : category;
        precision = precision == null ? "day" : precision;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        marking = marking == null ? "" : marking;
    }

    /**
     * The date it is expected: the forecast, else the baseline.
     *
     * @return the forecast, else the baseline, or empty when it has neither
     */
    public Optional<LocalDate> expected() {
        return Optional.ofNullable(forecast != null ? forecast : baseline);
    }

    /**
     * The status on a given day: {@link MilestoneStatus#DONE} with an actual date, else
     * {@link MilestoneStatus#LATE} when the expected date is before that day, else
     * {@link MilestoneStatus#AT_RISK} when the forecast is after the baseline, else
     * {@link MilestoneStatus#ON_TRACK}.
     *
     * @param asOf the day "today" means, for example a report's as-of date
     * @return the status; never null
     */
    public MilestoneStatus status(LocalDate asOf) {
        if (actual != null) {
            return MilestoneStatus.DONE;
        }
        if (expected().map(d -> d.isBefore(asOf)).orElse(false)) {
            return MilestoneStatus.LATE;
        }
        if (forecast != null && baseline != null && forecast.isAfter(baseline)) {
            return MilestoneStatus.AT_RISK;
        }
        return MilestoneStatus.ON_TRACK;
    }

    /**
     * Days between baseline and forecast (or actual): positive when it slipped; empty without both.
     *
     * @return the days from the baseline to the actual date when reached, else to the forecast;
     *         negative when ahead of plan, empty without a baseline or without both the actual
     *         date and the forecast
     */
    public Optional<Long> slipDays() {
        LocalDate against = actual != null ? actual : forecast;
        return baseline == null || against == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(baseline, against));
    }
}

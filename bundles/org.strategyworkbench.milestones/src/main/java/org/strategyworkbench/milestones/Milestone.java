package org.strategyworkbench.milestones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.strategyworkbench.commitments.Provenance;

/**
 * A dated step towards a commitment, or an event of the strategy's timeline.
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

    public Milestone {
        commitment = commitment == null ? "" : commitment;
        owner = owner == null ? "" : owner;
        category = category == null ? "" : category;
        precision = precision == null ? "day" : precision;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        marking = marking == null ? "" : marking;
    }

    /** The date it is expected: the forecast, else the baseline. */
    public Optional<LocalDate> expected() {
        return Optional.ofNullable(forecast != null ? forecast : baseline);
    }

    /** The status on a given day. */
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

    /** Days between baseline and forecast (or actual): positive when it slipped; empty without both. */
    public Optional<Long> slipDays() {
        LocalDate against = actual != null ? actual : forecast;
        return baseline == null || against == null ? Optional.empty()
                : Optional.of(ChronoUnit.DAYS.between(baseline, against));
    }
}

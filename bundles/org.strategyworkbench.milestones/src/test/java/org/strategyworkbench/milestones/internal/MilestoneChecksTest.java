package org.strategyworkbench.milestones.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.milestones.MilestoneType;

class MilestoneChecksTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final Provenance STAFF = new Provenance(Provenance.Origin.STAFF_RECORD, "plan", "");

    static Milestone milestone(String id, LocalDate baseline, LocalDate forecast, LocalDate actual, String... deps) {
        return new Milestone(id, "Step " + id, "", "NATO staff", "capability", baseline, forecast, actual, "day",
                List.of(deps), STAFF, "");
    }

    private static List<String> problems(Milestone... milestones) {
        return new MilestoneChecks().validate(new SnapshotBuilder().add(MilestoneType.TYPE, milestones).build(),
                new ValidationContext(AS_OF)).stream().map(Problem::describe).sorted().toList();
    }

    @Test
    void statusFollowsTheDates() {
        assertEquals(MilestoneStatus.DONE, milestone("a", AS_OF, null, AS_OF.minusDays(1)).status(AS_OF));
        assertEquals(MilestoneStatus.LATE, milestone("a", AS_OF.minusDays(20), AS_OF.minusDays(1), null).status(AS_OF));
        assertEquals(MilestoneStatus.AT_RISK, milestone("a", AS_OF.plusDays(5), AS_OF.plusDays(30), null).status(AS_OF));
        assertEquals(MilestoneStatus.ON_TRACK, milestone("a", AS_OF.plusDays(5), AS_OF.plusDays(5), null).status(AS_OF));
        assertEquals(Optional.of(25L), milestone("a", AS_OF.plusDays(5), AS_OF.plusDays(30), null).slipDays());
    }

    @Test
    void aMilestonePastItsForecastWithoutActualIsLate() {
        assertEquals(List.of("WARNING milestone m1: late: expected 2026-05-31 and not reached"),
                problems(milestone("m1", AS_OF.minusDays(20), AS_OF.minusDays(1), null)));
        assertEquals(List.of(), problems(milestone("m1", AS_OF.minusDays(20), AS_OF.minusDays(1), AS_OF.minusDays(1))));
    }

    @Test
    void unknownDependenciesAndCyclesAreErrors() {
        assertEquals(List.of("ERROR milestone m1 dependsOn: unknown milestone ghost"),
                problems(milestone("m1", AS_OF.plusDays(1), null, null, "ghost")));
        assertEquals(List.of("ERROR milestone m1 dependsOn: depends on itself through other milestones",
                "ERROR milestone m2 dependsOn: depends on itself through other milestones"),
                problems(milestone("m1", AS_OF.plusDays(1), null, null, "m2"),
                        milestone("m2", AS_OF.plusDays(1), null, null, "m1")));
    }

    @Test
    void anActualDateInTheFutureIsAnError() {
        assertEquals(List.of("ERROR milestone m1 actual: is in the future (2026-06-02)"),
                problems(milestone("m1", AS_OF, null, AS_OF.plusDays(1))));
    }
}

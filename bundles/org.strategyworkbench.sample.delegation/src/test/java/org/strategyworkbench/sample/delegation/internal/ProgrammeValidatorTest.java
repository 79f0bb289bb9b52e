package org.strategyworkbench.sample.delegation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.SnapshotBuilder;

class ProgrammeValidatorTest {

    private static final ValidationContext TODAY = new ValidationContext(LocalDate.of(2026, 6, 1));

    private static NationalProgramme programme(String id, String ally, List<String> commitments, LocalDate end) {
        return new NationalProgramme(id, ally, "Arctic watch", "Space agency", commitments, null, end, null, null);
    }

    private static List<String> problems(NationalProgramme... programmes) {
        return new ProgrammeValidator().validate(new SnapshotBuilder()
                .add(AllyType.TYPE, new Ally("NOR", "Norway", 1949, null, null))
                .add(CommitmentType.TYPE, ActionCsvTest.commitment("CSS-07"))
                .add(NationalProgrammeType.TYPE, programmes).build(), TODAY).stream().map(Problem::describe).toList();
    }

    @Test
    void aProgrammeOfAKnownAllyServingKnownCommitmentsHasNoProblem() {
        assertEquals(List.of(), problems(programme("NOR-P01", "NOR", List.of("CSS-07"), LocalDate.of(2027, 1, 1))));
    }

    @Test
    void unknownAlliesAndCommitmentsAreErrorsAndAnEndedProgrammeAWarning() {
        assertEquals(List.of(
                "ERROR national-programme XXX-P01 ally: names XXX, which is not an ally of the workspace",
                "ERROR national-programme XXX-P01 commitments: names CSS-99, which is not a commitment of the strategy",
                "WARNING national-programme XXX-P01: ended on 2026-05-31: record its results as actions, or extend it"),
                problems(programme("XXX-P01", "XXX", List.of("CSS-07", "CSS-99"), LocalDate.of(2026, 5, 31))));
    }

    @Test
    void theEntityTypeChecksEachProgrammeOnItsOwn() {
        NationalProgramme bad = new NationalProgramme("P", "nor", " ", "", null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), new BigDecimal("-1"), "");
        assertEquals(List.of("ally", "title", "end", "budget", "currency"),
                NationalProgrammeType.TYPE.check(bad).stream().map(Problem::field).toList());
        assertEquals("national-programme/NOR", NationalProgrammeType.NAME + "/" + NationalProgrammeType.TYPE
                .partitionOf(programme("NOR-P01", "NOR", List.of(), null)));
    }
}

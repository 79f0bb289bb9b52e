package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;

/** Reporting rounds on the product's workspace. */
class RoundsTest {

    @InjectService
    Workspace workspace;

    @InjectService
    Rounds rounds;

    @Test
    void twoRoundsAndTodayCompareWithBeforeAndAfter() throws Exception {
        Round spring = rounds.freeze("Spring test round", LocalDate.of(2026, 4, 1), "ministerial");
        Ally estonia = workspace.snapshot().get(AllyType.TYPE, "EST").orElseThrow();
        workspace.apply(Edit.named("Assess Estonia").put(AllyType.TYPE, estonia.withTier(MaturityTier.DEVELOPING)).build());
        Round autumn = rounds.freeze("Autumn test round", LocalDate.of(2026, 10, 1), "");
        Commitment css05 = workspace.snapshot().get(CommitmentType.TYPE, "CSS-05").orElseThrow();
        workspace.apply(Edit.named("Close CSS-05").put(CommitmentType.TYPE,
                css05.withStage(Stage.CLOSED, "covered by national insurance schemes", LocalDate.of(2026, 11, 1))).build());

        assertEquals(List.of(new Difference("ally", "EST", Difference.Kind.CHANGED, estonia,
                estonia.withTier(MaturityTier.DEVELOPING), List.of("tier"))), rounds.compare(spring, Optional.of(autumn)));
        List<Difference> sinceSpring = rounds.compare(spring, Optional.empty());
        assertEquals(List.of("ally EST", "commitment CSS-05"),
                sinceSpring.stream().map(d -> d.typeName() + " " + d.id()).toList());
        assertEquals(List.of("stage", "closedReason", "updated"), sinceSpring.get(1).changedFields());
        assertEquals(MaturityTier.NOT_ASSESSED, rounds.state(spring).get(AllyType.TYPE, "EST").orElseThrow().tier());
        assertEquals(List.of(spring, autumn), rounds.rounds().stream().filter(r -> r.name().equals("Spring test round") || r.name().equals("Autumn test round")).toList());
    }

    @Test
    void aRoundNameIsTakenOnce() throws Exception {
        rounds.freeze("Unique test round", LocalDate.of(2026, 4, 1), "");
        assertThrows(EditRejectedException.class, () -> rounds.freeze("Unique test round", LocalDate.of(2026, 5, 1), ""));
    }
}

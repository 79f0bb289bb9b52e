package org.strategyworkbench.actions.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.Engagement;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.SnapshotBuilder;

class ActionChecksTest {

    private static final LastChange CHANGE = new LastChange("NOR delegation", Instant.parse("2026-03-01T10:00:00Z"));
    private static final Ally NOR = new Ally("NOR", "Norway", 1949, null, null);
    private static final Commitment CSS06 = new Commitment("CSS-06", "Contracting", "", "explore", "NATO", "Acquisition",
            new Provenance(Provenance.Origin.STAFF_RECORD, "test", ""), Stage.EXPLORING, "", null, null, List.of(),
            null, "", LocalDate.of(2026, 1, 1));

    static Action action(String id, String ally, String commitment, ActionStatus status, String evidence) {
        return new Action(id, ally, commitment, ActionType.CONTRACT, status, "Pilot contract", null, null, null, "",
                evidence, "", "", true, CHANGE);
    }

    private static List<String> problems(SnapshotBuilder snapshot) {
        return new ActionChecks().validate(snapshot.build(), new ValidationContext(LocalDate.of(2026, 6, 1))).stream()
                .map(Problem::describe).toList();
    }

    private static SnapshotBuilder base() {
        return new SnapshotBuilder().add(AllyType.TYPE, NOR).add(CommitmentType.TYPE, CSS06);
    }

    @Test
    void aDoneActionWithoutEvidenceIsFlaggedAndWithEvidenceIsNot() {
        assertEquals(List.of("WARNING action NOR-1: marked done without evidence"),
                problems(base().add(ActionEntityType.TYPE, action("NOR-1", "NOR", "CSS-06", ActionStatus.DONE, ""))));
        assertEquals(List.of(), problems(base().add(ActionEntityType.TYPE,
                action("NOR-1", "NOR", "CSS-06", ActionStatus.DONE, "https://example.org/contract"))));
    }

    @Test
    void unknownAlliesAndCommitmentsAreErrors() {
        assertEquals(List.of("ERROR action XXX-1 ally: unknown ally XXX", "ERROR action XXX-1 commitment: unknown commitment CSS-99"),
                problems(base().add(ActionEntityType.TYPE, action("XXX-1", "XXX", "CSS-99", ActionStatus.PLANNED, ""))));
    }

    @Test
    void actingOnACommitmentDeclaredNotApplicableIsFlagged() {
        Position na = new Position("NOR:CSS-06", "NOR", "CSS-06", Position.Response.NOT_APPLICABLE, "", CHANGE);
        assertEquals(List.of("WARNING position NOR:CSS-06: declared NOT_APPLICABLE but the ally has actions on CSS-06"),
                problems(base().add(PositionType.TYPE, na)
                        .add(ActionEntityType.TYPE, action("NOR-1", "NOR", "CSS-06", ActionStatus.PLANNED, ""))));
    }

    @Test
    void noActionNotApplicableAndNotReportedAreToldApart() {
        Position none = new Position("NOR:CSS-06", "NOR", "CSS-06", Position.Response.NO_ACTION, "", CHANGE);
        Position na = new Position("NOR:CSS-06", "NOR", "CSS-06", Position.Response.NOT_APPLICABLE, "", CHANGE);
        assertEquals(Engagement.State.NO_ACTION, Engagement.of(List.of(), Optional.of(none)).state());
        assertEquals(Engagement.State.NOT_APPLICABLE, Engagement.of(List.of(), Optional.of(na)).state());
        assertEquals(Engagement.State.NOT_REPORTED, Engagement.of(List.of(), Optional.empty()).state());
        Engagement acting = Engagement.of(List.of(action("a", "NOR", "CSS-06", ActionStatus.PLANNED, ""),
                action("b", "NOR", "CSS-06", ActionStatus.DONE, "x")), Optional.of(none));
        assertEquals(Engagement.State.ACTING, acting.state());
        assertEquals(Optional.of(ActionStatus.DONE), acting.leadingStatus());
    }

    @Test
    void anAmountNeedsACurrency() {
        Action paid = new Action("NOR-2", "NOR", "CSS-06", ActionType.FUNDING, ActionStatus.PLANNED, "Grant", null, null,
                new BigDecimal("1000000"), "", "", "", "", false, CHANGE);
        assertEquals("currency", ActionEntityType.TYPE.check(paid).get(0).field());
    }
}

package org.strategyworkbench.commitments.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

class CommitmentRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Commitment commitment(String id, String kind, Stage stage, List<String> followUps) {
        return new Commitment(id, "Title " + id, "", kind, "NATO staff", "", new Provenance(Provenance.Origin.STAFF_RECORD, "test", ""),
                stage, stage == Stage.CLOSED ? "superseded" : "", null, null, followUps, Confidence.NOT_ASSESSED, "", TODAY.minusDays(40));
    }

    private static Action action(String id, String commitment, ActionStatus status) {
        return new Action(id, "NOR", commitment, ActionType.CONTRACT, status, "Contract", null, null, null, "", "", "", "", false,
                new LastChange("test", Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void softCommitmentsAreFollowedFromWordsToDeeds() {
        WorkspaceSnapshot snapshot = new SnapshotBuilder()
                .add(CommitmentType.TYPE,
                        commitment("CSS-01", "explore", Stage.PROPOSED, List.of()),
                        commitment("CSS-02", "study", Stage.DECIDED, List.of()),
                        commitment("CSS-03", "explore", Stage.DECIDED, List.of("CSS-09")),
                        commitment("CSS-04", "assess", Stage.EXPLORING, List.of()),
                        commitment("CSS-05", "consider", Stage.CLOSED, List.of()),
                        commitment("CSS-06", "explore", Stage.DONE, List.of()),
                        commitment("CSS-09", "establish", Stage.DECIDED, List.of()))
                .add(ActionEntityType.TYPE, action("NOR-1", "CSS-04", ActionStatus.PLANNED), action("NOR-2", "CSS-04", ActionStatus.CANCELLED))
                .build();
        List<Problem> problems = List.of(Problem.warning(CommitmentType.NAME, "CSS-01", "stalling: soft commitment with no decision date"));
        Map<String, CommitmentRows.Row> rows = CommitmentRows.of(snapshot, problems, List.of(), TODAY).stream()
                .collect(Collectors.toMap(CommitmentRows.Row::id, Function.identity()));

        assertEquals(CommitmentRows.Conversion.UNDECIDED, rows.get("CSS-01").conversion());
        assertEquals(CommitmentRows.Conversion.DECIDED, rows.get("CSS-02").conversion());
        assertEquals(CommitmentRows.Conversion.ACTING, rows.get("CSS-03").conversion(), "a concrete follow-up is concrete action");
        assertEquals(CommitmentRows.Conversion.ACTING, rows.get("CSS-04").conversion(), "so is an action recorded");
        assertEquals(CommitmentRows.Conversion.CLOSED, rows.get("CSS-05").conversion());
        assertEquals(CommitmentRows.Conversion.DONE, rows.get("CSS-06").conversion());
        assertEquals("soft commitment with no decision date", rows.get("CSS-01").stalling());
        assertTrue(rows.get("CSS-01").isStalling() && !rows.get("CSS-02").isStalling());
        assertEquals(1, rows.get("CSS-04").actions(), "a cancelled action does not count");
        assertEquals("concrete", rows.get("CSS-09").strength());
        assertEquals(40, rows.get("CSS-01").quietDays());

        List<ConversionView.Bar> bars = ConversionView.bars(List.copyOf(rows.values()));
        assertEquals("All soft commitments", bars.get(0).label());
        assertEquals(6, bars.get(0).total(), "the concrete CSS-09 is not a soft commitment");
        assertEquals(2, bars.get(0).counts().get(CommitmentRows.Conversion.ACTING));
        assertEquals(1, bars.get(0).stalling());
    }

    @Test
    void newCommitmentsTakeTheNextNumber() {
        WorkspaceSnapshot snapshot = new SnapshotBuilder()
                .add(CommitmentType.TYPE, commitment("CSS-07", "explore", Stage.PROPOSED, List.of()),
                        commitment("CSS-19", "explore", Stage.PROPOSED, List.of()))
                .build();
        assertEquals("CSS-20", CommitmentRows.nextId(snapshot));
    }
}

package org.strategyworkbench.allies.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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
import org.strategyworkbench.core.workspace.SnapshotBuilder;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

class MatrixViewTest {

    private static final LastChange CHANGE = new LastChange("test", Instant.parse("2026-01-01T00:00:00Z"));

    private static Action action(String id, String ally, String commitment, ActionStatus status) {
        return new Action(id, ally, commitment, ActionType.FUNDING, status, "Funding", null, null, null, "", "", "", "", false, CHANGE);
    }

    @Test
    void eachCellSaysWhatTheAllyReports() {
        WorkspaceSnapshot snapshot = new SnapshotBuilder()
                .add(AllyType.TYPE, new Ally("NOR", "Norway", 1949, null, null), new Ally("ISL", "Iceland", 1949, null, null))
                .add(ActionEntityType.TYPE, action("NOR-1", "NOR", "CSS-07", ActionStatus.PLANNED),
                        action("NOR-2", "NOR", "CSS-07", ActionStatus.DONE))
                .add(PositionType.TYPE, new Position("ISL:CSS-07", "ISL", "CSS-07", Position.Response.NOT_APPLICABLE, "", CHANGE),
                        new Position("ISL:CSS-08", "ISL", "CSS-08", Position.Response.NO_ACTION, "", CHANGE))
                .build();
        MatrixView.Data data = MatrixView.data(snapshot);
        MatrixView.Cell norway = data.cell("CSS-07", "NOR");
        assertEquals(Engagement.State.ACTING, norway.state());
        assertEquals(ActionStatus.DONE, norway.leading(), "the furthest status shows");
        assertEquals(2, norway.actions().size());
        assertEquals(MatrixView.STATUS.get(ActionStatus.DONE), MatrixView.colour(norway));
        assertEquals(Engagement.State.NOT_APPLICABLE, data.cell("CSS-07", "ISL").state());
        assertEquals(Engagement.State.NO_ACTION, data.cell("CSS-08", "ISL").state());
        assertEquals(MatrixView.NO_ACTION, MatrixView.colour(data.cell("CSS-08", "ISL")));
        assertEquals(Engagement.State.NOT_REPORTED, data.cell("CSS-08", "NOR").state());
        assertEquals(null, MatrixView.colour(data.cell("CSS-08", "NOR")));
        assertEquals("NOR-3", ActionIds.next(snapshot, "NOR"));

        AlliesView.Row row = AlliesView.rows(snapshot).stream().filter(r -> r.code().equals("NOR")).findFirst().orElseThrow();
        assertEquals(2, row.actions());
        assertEquals(1, row.done());
        assertEquals(1, row.commitments());
    }
}

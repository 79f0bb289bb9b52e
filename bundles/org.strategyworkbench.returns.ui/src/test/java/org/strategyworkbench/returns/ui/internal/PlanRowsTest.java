package org.strategyworkbench.returns.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.RowChange;

/** The preview's rows: added and changed actions with before and after, rows left alone, problems. */
class PlanRowsTest {

    private static Action action(ActionStatus status) {
        return new Action("NOR-0001", "NOR", "CSS-07", ActionType.EXERCISE, status, "Imagery exercise", LocalDate.of(2026, 3, 1),
                null, null, "", "", "", "", false, new LastChange("staff", Instant.EPOCH));
    }

    private static ImportPlan plan(String file, List<RowChange> rows, List<ImportProblem> problems) {
        return new ImportPlan(Path.of(file), "NOR", "Autumn 2026", "t", 3, 4, "d", ImportOptions.DEFAULT, rows, problems);
    }

    @Test
    void theTablesShowBeforeAndAfterRowsLeftAloneAndProblems() {
        ImportPlan good = plan("NOR.xlsx", List.of(
                new RowChange(RowChange.Kind.CHANGED, "Actions", 2, "NOR-0001", action(ActionStatus.PLANNED), action(ActionStatus.DONE), List.of("status")),
                new RowChange(RowChange.Kind.UNCHANGED, "Actions", 3, "NOR-0002", null, action(ActionStatus.PLANNED), List.of())), List.of());
        ImportPlan bad = plan("DNK.xlsx", List.of(), List.of(new ImportProblem(ImportProblem.Severity.ERROR, "DNK.xlsx", "Actions", 7,
                "Status", "'Ongoing' is not a status")));
        List<Object[]> changes = PlanRows.changes(List.of(good, bad));
        assertArrayEquals(new Object[] {"NOR.xlsx", 2, "NOR-0001", "changed: status", "status planned", "status done"}, changes.get(0));
        assertArrayEquals(new Object[] {"NOR.xlsx", "", "", "1 left alone", "", ""}, changes.get(1));
        assertArrayEquals(new Object[] {"Error", "DNK.xlsx", "Actions", 7, "Status", "'Ongoing' is not a status"},
                PlanRows.problems(List.of(good, bad)).get(0));
        assertEquals("2 files: 1 to apply (0 added, 1 changed), 1 refused", PlanRows.summary(List.of(good, bad)));
    }
}

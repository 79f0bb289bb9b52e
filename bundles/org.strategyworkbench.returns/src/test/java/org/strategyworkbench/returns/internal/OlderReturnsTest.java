package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.ReturnReceipt;
import org.strategyworkbench.returns.ReturnReceiptType;
import org.strategyworkbench.returns.RowChange;
import org.strategyworkbench.returns.SubmissionType;

/**
 * Returns of one template imported out of order: a return older than what is on record for a row
 * it added is refused for that row, while a later fill still corrects it. "Older" is the order in
 * which the receipts recorded the imports, not anything the file says about itself.
 */
class OlderReturnsTest {

    private static final ImportOptions SUBMIT = new ImportOptions(Optional.empty(), ImportOptions.Mode.SUBMIT);

    @TempDir
    Path temp;

    WorkspaceEngine workspace;
    ReturnsService returns;
    Path template;
    int row;

    @BeforeEach
    void setUp() throws Exception {
        workspace = TestWorkspace.create(temp.resolve("ws"));
        returns = new ReturnsService(workspace);
        template = temp.resolve("NOR template.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            returns.writeTemplate(returns.issue("Autumn 2026"), "NOR", out);
        }
        try (Delegation d = Delegation.open(template)) {
            row = d.firstEmptyRow();
        }
    }

    /** A fill of the template with one new action on the first empty row. */
    private Path fill(String name, String status, String title, int amount) throws Exception {
        Path file = temp.resolve(name);
        try (Delegation d = Delegation.open(template)) {
            d.add(row, "CSS-02", "Funding", status, title).set(row, 7, amount).set(row, 8, "EUR").saveAs(file);
        }
        return file;
    }

    private ImportPlan importing(Path file, ImportOptions options) {
        ImportPlan plan = returns.preview(file, options);
        if (!plan.hasErrors()) {
            assertTrue(returns.apply(plan).applied() || !plan.changesSomething(), describe(plan));
        }
        return plan;
    }

    private static String describe(ImportPlan plan) {
        return plan.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("\n"));
    }

    private Action added() {
        return workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0003").orElseThrow();
    }

    @Test
    void anOlderReturnIsRefusedForTheRowsItAddedAndALaterFillStillCorrectsThem() throws Exception {
        Path a = fill("NOR A.xlsx", "Planned", "Satellite data pilot", 100);
        Path b = fill("NOR B.xlsx", "In progress", "Satellite data pilot, extended", 200);
        assertFalse(importing(a, ImportOptions.DEFAULT).hasErrors());
        ImportPlan later = importing(b, ImportOptions.DEFAULT);
        assertEquals(List.of("status", "title", "amount"), later.rows(RowChange.Kind.CHANGED).get(0).fields(), describe(later));
        long revision = workspace.snapshot().revision();

        ImportPlan again = returns.preview(a, ImportOptions.DEFAULT);
        String all = describe(again);
        assertTrue(again.hasErrors(), "A after B was taken: " + again.rows());
        for (String column : List.of("Status", "Title", "Amount")) {
            assertTrue(all.contains("ERROR NOR A.xlsx, sheet Actions, row " + row + ", column " + column + ": says '"), all);
        }
        assertTrue(all.contains("this return is older than what is on record ('Satellite data pilot, extended')"), all);
        assertFalse(returns.apply(again).applied());
        assertEquals(revision, workspace.snapshot().revision());
        assertEquals(ActionStatus.IN_PROGRESS, added().status());
        assertEquals(new BigDecimal("200"), added().amount());

        ReturnReceipt receipt = workspace.snapshot().all(ReturnReceiptType.TYPE).get(0);
        assertEquals(2, receipt.newRows().get(0).returned().size(), "what A and B said, in that order");
        assertEquals("Satellite data pilot", receipt.newRows().get(0).returned().get(0).get(Field.TITLE.ordinal()));
    }

    @Test
    void aChangeOnRecordToARowAReturnAddedSurvivesThatReturnAgainAndClashesWithAnotherChange() throws Exception {
        Path a = fill("NOR A.xlsx", "Planned", "Satellite data pilot", 100);
        importing(a, ImportOptions.DEFAULT);
        Action now = added();
        workspace.apply(Edit.named("Staff retitle").put(ActionEntityType.TYPE, new Action(now.id(), now.ally(), now.commitment(),
                now.type(), now.status(), "Satellite data pilot (staff wording)", now.start(), now.end(), now.amount(),
                now.currency(), now.evidence(), now.source(), now.marking(), now.example(), now.lastChange())).build());

        ImportPlan again = returns.preview(a, ImportOptions.DEFAULT);
        assertFalse(again.hasErrors(), describe(again));
        assertFalse(again.changesSomething(), "the same return again keeps the staff's wording: " + again.rows());

        String clash = describe(returns.preview(fill("NOR C.xlsx", "Planned", "Satellite pilot", 100), ImportOptions.DEFAULT));
        assertTrue(clash.contains("row " + row + ", column Title: changed on record since this row was last imported"), clash);
    }

    @Test
    void anOlderReturnDoesNotReplaceANewerSubmission() throws Exception {
        Path a = fill("NOR A.xlsx", "Planned", "Satellite data pilot", 100);
        Path b = fill("NOR B.xlsx", "In progress", "Satellite data pilot, extended", 200);
        assertFalse(importing(a, SUBMIT).hasErrors());
        assertFalse(importing(b, SUBMIT).hasErrors());

        ImportPlan again = returns.preview(a, SUBMIT);
        assertTrue(again.hasErrors(), "A after B replaced B's submission: " + again.rows());
        assertTrue(describe(again).contains("this return is older than what is on record"), describe(again));
        assertEquals("Satellite data pilot, extended",
                workspace.snapshot().get(SubmissionType.TYPE, "NOR-0003").orElseThrow().proposed().title());
    }
}

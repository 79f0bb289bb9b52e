package org.strategyworkbench.returns.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.strategyworkbench.returns.ImportOutcome;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.RowChange;
import org.strategyworkbench.returns.SubmissionType;

/** Templates out, returns in, through the service and a workspace engine, filled in by POI as a delegation would. */
class ReturnsServiceTest {

    @TempDir
    Path temp;

    WorkspaceEngine workspace;
    ReturnsService returns;
    ReturnRound autumn;

    @BeforeEach
    void setUp() throws Exception {
        workspace = TestWorkspace.create(temp.resolve("ws"));
        returns = new ReturnsService(workspace);
        autumn = returns.issue("Autumn 2026");
    }

    Path template(String ally) throws Exception {
        Path file = temp.resolve(returns.templateFileName(autumn, ally));
        try (OutputStream out = Files.newOutputStream(file)) {
            returns.writeTemplate(autumn, ally, out);
        }
        return file;
    }

    private static String describe(ImportPlan plan) {
        return plan.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("\n"));
    }

    @Test
    void aTemplateHasDropDownListsLockedIdsEditableCellsAndAVeryHiddenRecord() throws Exception {
        try (var in = Files.newInputStream(template("NOR")); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertEquals(List.of("Instructions", "Actions", "Commitments", "Lists", "swb-record"),
                    java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList());
            assertEquals(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(4));
            assertEquals(org.apache.poi.ss.usermodel.SheetVisibility.HIDDEN, wb.getSheetVisibility(3));
            var actions = wb.getSheet("Actions");
            assertTrue(actions.getProtect(), "the actions sheet is protected");
            assertEquals("NOR-0001", actions.getRow(1).getCell(0).getStringCellValue());
            assertTrue(actions.getRow(1).getCell(0).getCellStyle().getLocked(), "ids are locked");
            assertFalse(actions.getRow(1).getCell(3).getCellStyle().getLocked(), "values are editable");
            assertFalse(actions.getRow(3 + ReturnsService.NEW_ROWS - 1).getCell(4).getCellStyle().getLocked(), "new rows are editable");
            List<String> lists = actions.getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1()).toList();
            assertTrue(lists.containsAll(List.of("CommitmentIds", "ActionTypes", "ActionStatuses")), lists.toString());
            assertEquals("Commitments!$A$2:$A$4", wb.getName("CommitmentIds").getRefersToFormula());
            assertTrue(wb.isStructureLocked(), "sheets cannot be added, renamed or unhidden");
        }
    }

    @Test
    void anEditAndANewRowAreImportedWithTheirOriginAndASecondImportChangesNothing() throws Exception {
        Path returned = temp.resolve("NOR back.xlsx");
        try (Delegation d = Delegation.open(template("NOR"))) {
            d.set(d.rowOf("NOR-0001"), 3, "In progress").set(d.rowOf("NOR-0001"), 9, "https://example.org/nor");
            d.add(d.firstEmptyRow(), "CSS-02", "Funding", "Planned", "=Commercial SATCOM pilot").set(d.firstEmptyRow() - 1, 7, 250000)
                    .set(d.firstEmptyRow() - 1, 8, "NOK").set(d.firstEmptyRow() - 1, 5, LocalDate.of(2026, 9, 1));
            d.saveAs(returned);
        }
        ImportPlan plan = returns.preview(returned, ImportOptions.DEFAULT);
        assertFalse(plan.hasErrors(), describe(plan));
        assertEquals(List.of("status", "evidence"), plan.rows(RowChange.Kind.CHANGED).get(0).fields());
        assertEquals(1, plan.rows(RowChange.Kind.UNCHANGED).size());
        RowChange added = plan.rows(RowChange.Kind.ADDED).get(0);
        assertEquals("NOR-0003", added.actionId());
        assertEquals("=Commercial SATCOM pilot", added.after().title(), "text typed with = stays text");
        assertEquals(LocalDate.of(2026, 9, 1), added.after().start());

        long before = workspace.snapshot().revision();
        ImportOutcome outcome = returns.apply(plan);
        assertTrue(outcome.applied(), describe(outcome.plan()));
        assertEquals(before + 1, workspace.snapshot().revision(), "one edit for the whole file");
        Action changed = workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0001").orElseThrow();
        assertEquals(ActionStatus.IN_PROGRESS, changed.status());
        assertTrue(changed.source().contains("NOR back.xlsx") && changed.source().contains("NOR")
                && changed.source().contains("Autumn 2026"), changed.source());
        assertTrue(workspace.history().get(workspace.history().size() - 1).source().contains("NOR back.xlsx"));

        ImportPlan again = returns.preview(returned, ImportOptions.DEFAULT);
        assertFalse(again.changesSomething(), again.rows().toString());
        assertFalse(returns.apply(again).applied());
        assertEquals(before + 1, workspace.snapshot().revision());

        workspace.undo();
        assertEquals(ActionStatus.PLANNED, workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0001").orElseThrow().status());
    }

    @Test
    void everyMistakeIsReportedWithFileSheetRowAndColumnAndNothingChanges() throws Exception {
        Path returned = temp.resolve("NOR mistakes.xlsx");
        int row;
        try (Delegation d = Delegation.open(template("NOR"))) {
            d.set(d.rowOf("NOR-0001"), 3, "Ongoing");
            d.set(d.rowOf("NOR-0002"), 0, "DNK-0001");
            row = d.firstEmptyRow();
            d.add(row, "CSS-99", "Funding", "Planned", "Unknown commitment");
            d.add(row + 1, "CSS-01", "Funding", "Planned", "Ends before it starts").set(row + 1, 5, LocalDate.of(2026, 5, 1))
                    .set(row + 1, 6, LocalDate.of(2026, 4, 1));
            d.add(row + 2, "CSS-01", "Funding", "Planned", "Formula").set(row + 2, 7, new Delegation.Formula("1+1"));
            d.add(row + 3, "CSS-01", "", "Planned", "No type");
            d.saveAs(returned);
        }
        long revision = workspace.snapshot().revision();
        ImportPlan plan = returns.preview(returned, ImportOptions.DEFAULT);
        String all = describe(plan);
        assertTrue(all.contains("ERROR NOR mistakes.xlsx, sheet Actions, row 2, column Status: 'Ongoing' is not a status"), all);
        assertTrue(all.contains("row 3, column Action id: 'DNK-0001' is not an action of this template"), all);
        assertTrue(all.contains("row " + row + ", column Commitment: 'CSS-99' is not a commitment"), all);
        assertTrue(all.contains("row " + (row + 1) + ", column End: is before the start"), all);
        assertTrue(all.contains("row " + (row + 2) + ", column Amount: holds a formula"), all);
        assertTrue(all.contains("row " + (row + 3) + ", column Type: is required for a new action"), all);
        assertFalse(returns.apply(plan).applied());
        assertEquals(revision, workspace.snapshot().revision());
    }

    @Test
    void aReturnOfAnotherAllyOrAnOlderRoundOrATamperedRecordIsRefused() throws Exception {
        Path nor = template("NOR");
        ImportPlan wrongAlly = returns.preview(nor, new ImportOptions(Optional.of("DNK"), ImportOptions.Mode.APPLY));
        assertTrue(describe(wrongAlly).contains("it is the return of Ally NOR (NOR), not of DNK"), describe(wrongAlly));

        Path renamed = temp.resolve("DNK return.xlsx");
        Files.copy(nor, renamed);
        assertTrue(describe(returns.preview(renamed, ImportOptions.DEFAULT)).contains("WARNING DNK return.xlsx: the file is named for DNK"));

        Path tampered = temp.resolve("tampered.xlsx");
        try (Delegation d = Delegation.open(nor)) {
            d.actions().getWorkbook().getSheet(TemplateRecord.SHEET).getRow(3).getCell(1).setCellValue("DNK");
            d.saveAs(tampered);
        }
        assertTrue(describe(returns.preview(tampered, ImportOptions.DEFAULT)).contains("hidden record was altered"));

        returns.issue("Spring 2027");
        String older = describe(returns.preview(nor, ImportOptions.DEFAULT));
        assertTrue(older.contains("made for the round \"Autumn 2026\", but returns are now collected for \"Spring 2027\""), older);
        assertThrows(IllegalArgumentException.class, () -> returns.issue("Autumn 2026"));
    }

    @Test
    void aChangeOnRecordAfterTheTemplateIsKeptUnlessTheReturnChangesTheSameFieldOtherwise() throws Exception {
        Path template = template("NOR");
        Action a = workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0002").orElseThrow();
        workspace.apply(Edit.named("Staff retitle").put(ActionEntityType.TYPE, TestWorkspace.action(a.id(), "NOR", a.commitment(),
                a.status(), "Launch services contract (renewed)")).build());
        Path keeps = temp.resolve("keeps.xlsx");
        Path clashes = temp.resolve("clashes.xlsx");
        try (Delegation d = Delegation.open(template)) {
            d.set(d.rowOf("NOR-0002"), 3, "Done").set(d.rowOf("NOR-0002"), 9, "contract 2026/17").saveAs(keeps);
            d.set(d.rowOf("NOR-0002"), 4, "Launch contract").saveAs(clashes);
        }
        RowChange kept = returns.preview(keeps, ImportOptions.DEFAULT).rows(RowChange.Kind.CHANGED).get(0);
        assertEquals("Launch services contract (renewed)", kept.after().title());
        assertEquals(ActionStatus.DONE, kept.after().status());
        String clash = describe(returns.preview(clashes, ImportOptions.DEFAULT));
        assertTrue(clash.contains("column Title: changed on record since the template was made"), clash);
    }

    @Test
    void submittedRowsWaitForReviewAndAreAcceptedOrRejectedRowByRow() throws Exception {
        ReviewService review = new ReviewService(workspace);
        Path returned = temp.resolve("NOR submitted.xlsx");
        try (Delegation d = Delegation.open(template("NOR"))) {
            d.set(d.rowOf("NOR-0001"), 3, "Cancelled");
            d.add(d.firstEmptyRow(), "CSS-07", "Policy", "Planned", "National space policy");
            d.saveAs(returned);
        }
        ImportOptions submit = new ImportOptions(Optional.empty(), ImportOptions.Mode.SUBMIT);
        assertTrue(returns.apply(returns.preview(returned, submit)).applied());
        assertEquals(ActionStatus.PLANNED, workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0001").orElseThrow().status(),
                "nothing counts before review");
        assertEquals(List.of("NOR-0001", "NOR-0003"), review.pending("NOR").stream().map(s -> s.id()).toList());
        assertFalse(returns.preview(returned, submit).changesSomething(), "a second import submits nothing new");

        review.accept(List.of("NOR-0001"));
        review.reject(List.of("NOR-0003"), "not a national action");
        assertEquals(ActionStatus.CANCELLED, workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0001").orElseThrow().status());
        assertTrue(workspace.snapshot().get(ActionEntityType.TYPE, "NOR-0003").isEmpty());
        assertEquals(0, workspace.snapshot().count(SubmissionType.NAME));
        assertTrue(workspace.history().get(workspace.history().size() - 1).label().contains("not a national action"));
    }
}

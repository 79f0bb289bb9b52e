package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportOutcome;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.Returns;
import org.strategyworkbench.returns.RowChange;

/**
 * A round of returns in the product's framework: 32 templates out, filled in as delegations do
 * (edits, new rows, and mistakes), 32 returns in; then the same 32 files again, which change
 * nothing.
 */
class ReturnsEndToEndTest {

    /** The allies whose return holds a mistake, and the words the refusal must contain. */
    private static final Map<String, String> MISTAKES = Map.of(
            "DEU", "column Status: 'Ongoing' is not a status",
            "FRA", "column Action id: 'DEU-0101' is not an action of this template",
            "ITA", "hidden record was altered",
            "ESP", "column Title: is required for a new action",
            "GBR", "column Amount: holds a formula",
            "POL", "column Amount: -5 is negative");

    @TempDir
    Path temp;

    @InjectService
    Workspace workspace;

    @InjectService
    Returns returns;

    @Test
    void thirtyTwoReturnsAreImportedOnceMistakesAreRefusedAndASecondImportChangesNothing() throws Exception {
        List<Ally> allies = workspace.snapshot().all(AllyType.TYPE);
        assertEquals(32, allies.size());
        recordTwoActionsPerAlly(allies);
        ReturnRound round = returns.issue("End-to-end round");
        List<Path> files = new ArrayList<>();
        for (Ally ally : allies) {
            files.add(fill(template(round, ally.code()), ally.code()));
        }

        long before = workspace.snapshot().revision();
        int trail = workspace.history().size();
        Map<String, ImportPlan> plans = new LinkedHashMap<>();
        for (Path file : files) {
            ImportPlan plan = returns.preview(file, ImportOptions.DEFAULT);
            plans.put(plan.ally().isEmpty() ? file.getFileName().toString().substring(0, 3) : plan.ally(), plan);
        }
        assertEquals(before, workspace.snapshot().revision(), "previews change nothing");
        for (ImportPlan plan : plans.values()) {
            returns.apply(plan);
        }

        for (Ally ally : allies) {
            checkReturn(ally.code(), plans.get(ally.code()));
        }
        List<AuditEntry> imports = workspace.history().subList(trail, workspace.history().size());
        assertEquals(32 - MISTAKES.size(), imports.size(), "one edit per accepted file");
        assertEquals(before + 32 - MISTAKES.size(), workspace.snapshot().revision());
        for (AuditEntry entry : imports) {
            assertTrue(entry.label().startsWith("Import the return of ") && entry.label().endsWith("1 added, 1 changed"), entry.label());
            assertTrue(entry.source().contains("return - End-to-end round.xlsx"), entry.source());
            assertEquals(List.of("action", "action", "return-receipt"), entry.changes().stream().map(c -> c.typeName()).toList(),
                    "the changed action, the new one, and the receipt that keeps a re-import from adding it twice");
        }

        long after = workspace.snapshot().revision();
        for (Path file : files) {
            ImportPlan again = returns.preview(file, ImportOptions.DEFAULT);
            assertTrue(again.hasErrors() ? MISTAKES.containsKey(again.fileName().substring(0, 3)) : !again.changesSomething(),
                    file + ": " + again.rows());
            ImportOutcome outcome = returns.apply(again);
            assertFalse(outcome.applied());
        }
        assertEquals(after, workspace.snapshot().revision(), "the second import changes nothing");
    }

    private void recordTwoActionsPerAlly(List<Ally> allies) throws Exception {
        Edit.Builder edit = Edit.named("Record each ally's actions before the round");
        for (Ally ally : allies) {
            edit.put(ActionEntityType.TYPE, action(ally.code() + "-0101", ally.code(), "CSS-07", "Commercial imagery in an exercise"));
            edit.put(ActionEntityType.TYPE, action(ally.code() + "-0102", ally.code(), "CSS-02", "Data sharing arrangement"));
        }
        workspace.apply(edit.build());
    }

    private static Action action(String id, String ally, String commitment, String title) {
        return new Action(id, ally, commitment, ActionType.EXERCISE, ActionStatus.PLANNED, title, LocalDate.of(2026, 3, 1),
                null, null, "", "", "staff", "", false, new LastChange("staff", Instant.parse("2026-03-01T09:00:00Z")));
    }

    private Path template(ReturnRound round, String ally) throws Exception {
        Path file = temp.resolve("sent").resolve(returns.templateFileName(round, ally));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            returns.writeTemplate(round, ally, out);
        }
        return file;
    }

    /** What each delegation does: puts its first action in progress, adds one; some make a mistake. */
    private Path fill(Path template, String ally) throws Exception {
        ReturnFiller f = ReturnFiller.open(template);
        int first = f.rowOf(ally + "-0101");
        int next = f.firstNewRow();
        f.set("D", first, "In progress").set("J", first, "https://example.org/" + ally);
        f.add(next, "CSS-11", "Funding", "Planned", "National SSA sensor for " + ally).set("H", next, 250000).set("I", next, "EUR");
        switch (ally) {
            case "DEU" -> f.set("D", first, "Ongoing");
            case "FRA" -> f.set("A", first, "DEU-0101");
            case "ITA" -> f.setRecord("B", 4, "FRA");
            case "ESP" -> f.set("E", next, "");
            case "GBR" -> f.set("H", next, new ReturnFiller.Formula("1+1"));
            case "POL" -> f.set("H", next, -5);
            default -> { }
        }
        Path returned = temp.resolve("back").resolve(template.getFileName());
        Files.createDirectories(returned.getParent());
        f.saveAs(returned);
        return returned;
    }

    private void checkReturn(String ally, ImportPlan plan) {
        Action first = workspace.snapshot().get(ActionEntityType.TYPE, ally + "-0101").orElseThrow();
        String problems = plan.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("\n"));
        if (MISTAKES.containsKey(ally)) {
            assertTrue(plan.hasErrors() && problems.contains(MISTAKES.get(ally)), ally + ":\n" + problems);
            assertTrue(problems.startsWith("ERROR " + ally + " return - End-to-end round.xlsx"), problems);
            assertEquals(ActionStatus.PLANNED, first.status(), ally + " is unchanged");
            return;
        }
        assertFalse(plan.hasErrors(), ally + ":\n" + problems);
        assertEquals(ActionStatus.IN_PROGRESS, first.status(), ally);
        assertTrue(first.source().contains(ally + " return - End-to-end round.xlsx") && first.source().contains("round End-to-end round")
                && first.source().contains("return of " + ally), first.source());
        RowChange added = plan.rows(RowChange.Kind.ADDED).get(0);
        Action created = workspace.snapshot().get(ActionEntityType.TYPE, added.actionId()).orElseThrow();
        assertEquals("National SSA sensor for " + ally, created.title());
        assertEquals(0, new BigDecimal("250000").compareTo(created.amount()));
        assertTrue(plan.rows(RowChange.Kind.UNCHANGED).stream().anyMatch(r -> r.actionId().equals(ally + "-0102")),
                ally + ": the second action is left alone");
        assertEquals(ActionStatus.PLANNED, workspace.snapshot().get(ActionEntityType.TYPE, ally + "-0102").orElseThrow().status());
    }
}

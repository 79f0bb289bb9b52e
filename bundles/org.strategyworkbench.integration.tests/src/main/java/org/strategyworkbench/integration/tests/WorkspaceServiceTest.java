package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.commitments.StrategyType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceEvent;
import org.strategyworkbench.core.workspace.WorkspaceListener;
import org.strategyworkbench.milestones.MilestoneType;

/** The workspace service of the product, with the real domain bundles, store and dataset. */
class WorkspaceServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workspace workspace;

    @InjectService
    Validation validation;

    private static Action exampleAction(String id, String ally, String commitment, ActionStatus status) {
        return new Action(id, ally, commitment, ActionType.EXERCISE, status, "Example: commercial imagery in an exercise",
                LocalDate.of(2026, 3, 1), null, null, "", "", "test", "", true,
                new LastChange("integration test", Instant.parse("2026-03-01T09:00:00Z")));
    }

    @Test
    void aNewWorkspaceIsCreatedFromTheEmbeddedDataset() {
        var snapshot = workspace.snapshot();
        assertEquals(19, snapshot.count(CommitmentType.NAME));
        assertEquals(32, snapshot.count(AllyType.NAME));
        assertEquals(16, snapshot.count(MilestoneType.NAME));
        assertEquals("NATO Commercial Space Strategy", snapshot.all(StrategyType.TYPE).get(0).name());
        AuditEntry first = workspace.history().get(0);
        assertTrue(first.label().startsWith("Create the workspace from the NATO Commercial Space Strategy"), first.label());
        assertTrue(Files.exists(workspace.folder().resolve("commitment.json")));
        // the seeds are history, not edits to take back: undoing everything never empties the workspace
        while (workspace.undo().isPresent()) {
            assertTrue(workspace.snapshot().count(CommitmentType.NAME) > 0, "undo reached into the seed");
        }
        assertEquals(19, workspace.snapshot().count(CommitmentType.NAME));
        while (workspace.redo().isPresent()) {
            // put back what the other tests did
        }
    }

    @Test
    void anEditIsSavedRecordedAnnouncedAndUndoable() throws Exception {
        List<WorkspaceEvent> events = new CopyOnWriteArrayList<>();
        ServiceRegistration<WorkspaceListener> listener = context.registerService(WorkspaceListener.class, events::add, null);
        try {
            Commitment before = workspace.snapshot().get(CommitmentType.TYPE, "CSS-07").orElseThrow();
            Commitment decided = before.withStage(Stage.DECIDED, "", AS_OF);
            AuditEntry entry = workspace.apply(Edit.named("Decide CSS-07").put(CommitmentType.TYPE, decided).build());
            assertEquals(before, entry.changes().get(0).before());
            assertEquals(decided, entry.changes().get(0).after());
            assertTrue(Files.readString(workspace.folder().resolve("commitment.json")).contains("\"DECIDED\""));
            assertEquals(1, events.size());
            assertEquals(entry, events.get(0).entry());

            workspace.undo().orElseThrow();
            assertEquals(before, workspace.snapshot().get(CommitmentType.TYPE, "CSS-07").orElseThrow());
            workspace.redo().orElseThrow();
            assertEquals(Stage.DECIDED, workspace.snapshot().get(CommitmentType.TYPE, "CSS-07").orElseThrow().stage());
        } finally {
            listener.unregister();
        }
    }

    @Test
    void oneAllysActionsAreStoredInTheirOwnFile() throws Exception {
        workspace.apply(Edit.named("Record an example action for Norway")
                .put(ActionEntityType.TYPE, exampleAction("NOR-T1", "NOR", "CSS-08", ActionStatus.PLANNED)).build());
        Path norway = workspace.folder().resolve("action/NOR.json");
        assertTrue(Files.readString(norway).contains("\"NOR-T1\""));
    }

    @Test
    void anInvalidEditIsRejectedWithTheFieldNamed() {
        Action bad = exampleAction("NOR-T2", "NOR", "CSS-08", ActionStatus.PLANNED);
        Action noTitle = new Action(bad.id(), bad.ally(), bad.commitment(), bad.type(), bad.status(), " ", bad.start(),
                bad.end(), bad.amount(), bad.currency(), bad.evidence(), bad.source(), bad.marking(), true, bad.lastChange());
        EditRejectedException e = assertThrows(EditRejectedException.class,
                () -> workspace.apply(Edit.named("Bad").put(ActionEntityType.TYPE, noTitle).build()));
        assertEquals("title", e.problems().get(0).field());
    }

    @Test
    void theValidatorsOfEveryDomainBundleRun() throws Exception {
        List<Problem> problems = validation.validate(workspace.snapshot(), new ValidationContext(AS_OF));
        assertTrue(problems.stream().anyMatch(p -> p.entityId().equals("CSS-06") && p.message().startsWith("stalling")),
                problems.toString());
        workspace.apply(Edit.named("Record a done action without evidence")
                .put(ActionEntityType.TYPE, exampleAction("ISL-T1", "ISL", "CSS-99", ActionStatus.DONE)).build());
        List<String> after = validation.validate(workspace.snapshot(), new ValidationContext(AS_OF)).stream()
                .filter(p -> p.entityId().equals("ISL-T1")).map(Problem::describe).toList();
        assertEquals(List.of("ERROR action ISL-T1 commitment: unknown commitment CSS-99",
                "WARNING action ISL-T1: marked done without evidence"), after);
        workspace.undo();
    }
}

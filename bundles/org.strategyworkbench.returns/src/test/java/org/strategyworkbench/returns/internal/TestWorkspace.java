package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.actions.LastChange;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.TypeLookup;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** A real workspace engine over a store that keeps nothing, seeded with three commitments, three allies and a few actions. */
final class TestWorkspace {

    private TestWorkspace() {
    }

    static WorkspaceEngine create(Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        WorkspaceEngine engine = new WorkspaceEngine(folder, new NoStore(), List.of(), Clock.systemUTC(), "secretariat", e -> { });
        Edit.Builder seed = Edit.named("Seed");
        for (String id : List.of("CSS-01", "CSS-02", "CSS-07")) {
            seed.put(CommitmentType.TYPE, new Commitment(id, "Commitment " + id, "", "explore", "NATO", "objective",
                    new Provenance(Provenance.Origin.STAFF_RECORD, "test", ""), Stage.PROPOSED, "", null, null, List.of(),
                    null, "", LocalDate.of(2026, 1, 1)));
        }
        for (String code : List.of("NOR", "DNK", "ISL")) {
            seed.put(AllyType.TYPE, new Ally(code, "Ally " + code, 1949, null, MaturityTier.NOT_ASSESSED));
        }
        seed.put(ActionEntityType.TYPE, action("NOR-0001", "NOR", "CSS-01", ActionStatus.PLANNED, "Commercial imagery exercise"));
        seed.put(ActionEntityType.TYPE, action("NOR-0002", "NOR", "CSS-07", ActionStatus.IN_PROGRESS, "Launch services contract"));
        seed.put(ActionEntityType.TYPE, action("DNK-0001", "DNK", "CSS-02", ActionStatus.DONE, "=SUM(A1) stays text"));
        engine.apply(seed.build());
        return engine;
    }

    static Action action(String id, String ally, String commitment, ActionStatus status, String title) {
        return new Action(id, ally, commitment, ActionType.EXERCISE, status, title, LocalDate.of(2026, 3, 1), null,
                new BigDecimal("1500000"), "EUR", "", "staff", "", false,
                new LastChange("staff", Instant.parse("2026-03-01T09:00:00Z")));
    }

    /** A store session that saves nothing. */
    static final class NoStore implements StoreSession {
        @Override
        public boolean isNew() {
            return true;
        }

        @Override
        public <T> List<T> read(EntityType<T> type) {
            return List.of();
        }

        @Override
        public void write(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) {
        }

        @Override
        public void append(AuditEntry entry) {
        }

        @Override
        public List<AuditEntry> history(TypeLookup types) {
            return List.of();
        }

        @Override
        public void close() throws IOException {
        }
    }
}

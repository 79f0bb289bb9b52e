package org.strategyworkbench.dataset.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.store.json.internal.JsonWorkspaceStore;

/** A generated workspace, written with the real JSON store, opens as it was generated. */
class WrittenSyntheticWorkspaceTest {

    private static final List<EntityType<?>> TYPES = List.of(AllyType.TYPE, CommitmentType.TYPE, ActionEntityType.TYPE,
            MilestoneType.TYPE);

    @TempDir
    Path folder;

    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench test");
    private final SyntheticWorkspace generated = SyntheticWorkspace.generate(new SyntheticSize(30, 34, 1_000, 100, 3));

    @Test
    void aWorkspaceWrittenThroughASessionOpensAsGenerated() throws Exception {
        try (StoreSession session = store.open(folder)) {
            generated.writeTo(session);
        }
        assertSameEntities(open().snapshot());
    }

    @Test
    void theEditIsAcceptedByTheWorkspaceAsOneAuditEntry() throws Exception {
        try (StoreSession session = store.open(folder)) {
            engine(session).apply(generated.edit());
        }
        WorkspaceEngine reopened = open();
        assertSameEntities(reopened.snapshot());
        assertEquals(1, reopened.history().size());
    }

    private WorkspaceEngine open() throws Exception {
        try (StoreSession session = store.open(folder)) {
            WorkspaceEngine engine = new WorkspaceEngine(folder, session, session.history(name -> TYPES.stream()
                    .filter(t -> t.name().equals(name)).<EntityType<?>>map(t -> t).findFirst()), Clock.systemUTC(),
                    "test", event -> { });
            for (EntityType<?> type : TYPES) {
                engine.load(type);
            }
            return engine;
        }
    }

    private WorkspaceEngine engine(StoreSession session) throws Exception {
        WorkspaceEngine engine = new WorkspaceEngine(folder, session, List.of(), Clock.systemUTC(), "test", event -> { });
        for (EntityType<?> type : TYPES) {
            engine.load(type);
        }
        return engine;
    }

    private void assertSameEntities(WorkspaceSnapshot snapshot) {
        WorkspaceSnapshot expected = generated.snapshot();
        for (EntityType<?> type : TYPES) {
            assertEquals(expected.entities(type.name()), snapshot.entities(type.name()), type.name());
        }
    }
}

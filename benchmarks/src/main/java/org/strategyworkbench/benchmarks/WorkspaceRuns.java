package org.strategyworkbench.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.core.internal.workspace.WorkspaceEngine;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.store.json.internal.JsonWorkspaceStore;

/** The workspace's own load, full save and single edit, through the real store and engine. */
final class WorkspaceRuns {

    private final Path folder;
    private final List<EntityType<?>> types;
    private final JsonWorkspaceStore store = new JsonWorkspaceStore("Strategy Workbench benchmark");
    private int edits;

    WorkspaceRuns(Path folder, List<EntityType<?>> types) {
        this.folder = folder;
        this.types = types;
    }

    /** Opens the folder as the workbench does: lock, clean-up, audit trail, every type's entities. */
    WorkspaceSnapshot load() throws IOException {
        try (StoreSession session = store.open(folder)) {
            return engine(session).snapshot();
        }
    }

    /** Saves every partition of the snapshot, as one save. */
    void saveAll(WorkspaceSnapshot snapshot) throws IOException {
        Set<PartitionKey> all = new LinkedHashSet<>();
        for (EntityType<?> type : types) {
            snapshot.partitions(type.name()).forEach(p -> all.add(new PartitionKey(type.name(), p)));
        }
        try (StoreSession session = store.open(folder)) {
            session.write(snapshot, all);
        }
    }

    /**
     * Saves every partition as one edit with its history entry, so that the history records every
     * file (size and checksum) and each later load checks them all.
     */
    void recordAll(WorkspaceSnapshot snapshot) throws IOException {
        Set<PartitionKey> all = new LinkedHashSet<>();
        for (EntityType<?> type : types) {
            snapshot.partitions(type.name()).forEach(p -> all.add(new PartitionKey(type.name(), p)));
        }
        try (StoreSession session = store.open(folder)) {
            long revision = session.history(name -> java.util.Optional.empty()).size() + 1L;
            session.save(snapshot, all, new org.strategyworkbench.core.workspace.AuditEntry(revision, "benchmark",
                    java.time.Instant.now(), org.strategyworkbench.core.workspace.AuditEntry.Kind.EDIT, "Save all", "",
                    java.util.List.of()));
        }
    }

    /** An open workspace, for timing single edits. */
    WorkspaceEngine open(StoreSession session) throws IOException {
        return engine(session);
    }

    StoreSession session() throws IOException {
        return store.open(folder);
    }

    /** Changes the title of one action of one ally and saves it: one partition file and the audit trail. */
    void editOneAction(WorkspaceEngine engine, String actionId) throws EditRejectedException {
        Action a = engine.snapshot().get(ActionEntityType.TYPE, actionId).orElseThrow();
        Action changed = new Action(a.id(), a.ally(), a.commitment(), a.type(), a.status(),
                "Synthetic action retitled " + (++edits), a.start(), a.end(), a.amount(), a.currency(), a.evidence(),
                a.source(), a.marking(), a.example(), a.lastChange());
        engine.apply(Edit.named("Retitle " + a.id()).put(ActionEntityType.TYPE, changed).build());
    }

    private WorkspaceEngine engine(StoreSession session) throws IOException {
        WorkspaceEngine engine = new WorkspaceEngine(folder, session, session.history(this::type), Clock.systemUTC(),
                "benchmark", event -> { });
        for (EntityType<?> type : types) {
            engine.load(type);
        }
        return engine;
    }

    private Optional<EntityType<?>> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).<EntityType<?>>map(t -> t).findFirst();
    }
}

package org.strategyworkbench.core.internal.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.SaveIncompleteException;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceEvent;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * The workspace: applies edits one at a time, saves them through the store session, records
 * them, keeps the undo and redo stacks and announces each change. Public (in a private package)
 * so that tools outside a framework, such as the benchmarks, can drive a workspace directly.
 */
public final class WorkspaceEngine implements Workspace {

    private final Path folder;
    private final StoreSession session;
    private final Clock clock;
    private final String author;
    private final Consumer<WorkspaceEvent> announcer;
    private final Object lock = new Object();
    private final Deque<AuditEntry> undo = new ArrayDeque<>();
    private final Deque<AuditEntry> redo = new ArrayDeque<>();
    private final List<AuditEntry> history;
    private volatile Snapshot current;

    public WorkspaceEngine(Path folder, StoreSession session, List<AuditEntry> storedHistory, Clock clock, String author,
            Consumer<WorkspaceEvent> announcer) {
        this.folder = folder;
        this.session = session;
        this.clock = clock;
        this.author = author;
        this.announcer = announcer;
        this.history = new ArrayList<>(storedHistory);
        // revisions go on from the last stored one, so that rounds and the audit trail agree
        this.current = Snapshot.empty(storedHistory.isEmpty() ? 0 : storedHistory.get(storedHistory.size() - 1).revision());
    }

    /** Reads a newly registered type's stored entities into the workspace. */
    public void load(EntityType<?> type) throws IOException {
        List<TypeData.Entry> entries = new ArrayList<>();
        for (Object entity : session.read(type)) {
            entries.add(entry(type, entity));
        }
        synchronized (lock) {
            current = current.with(current.revision(), Map.of(type.name(), TypeData.EMPTY.with(entries)));
        }
    }

    /** Forgets a type whose bundle went away; its files stay as they are. */
    void unload(String typeName) {
        synchronized (lock) {
            current = current.without(typeName);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeData.Entry entry(EntityType type, Object entity) {
        return new TypeData.Entry(type.idOf(entity), type.partitionOf(entity), entity);
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public WorkspaceSnapshot snapshot() {
        return current;
    }

    /**
     * Forgets what could be undone and redone; the audit trail keeps every entry. Used once a new
     * workspace has been filled from its seeds: its initial content is not an edit to take back.
     */
    public void clearUndo() {
        synchronized (lock) {
            undo.clear();
            redo.clear();
        }
    }

    @Override
    public AuditEntry apply(Edit edit) throws EditRejectedException {
        synchronized (lock) {
            List<Problem> blocking = errors(session.problems());
            if (!blocking.isEmpty()) {
                throw new EditRejectedException(edit.label(), blocking);
            }
            List<Change> changes = EditResolver.resolve(current, edit);
            if (changes.isEmpty()) {
                // nothing changes: not saved, not recorded, not undoable
                return new AuditEntry(current.revision(), author, clock.instant(), AuditEntry.Kind.EDIT, edit.label(),
                        edit.source().orElse(""), changes);
            }
            AuditEntry entry = commit(AuditEntry.Kind.EDIT, edit.label(), edit.source().orElse(""), changes);
            undo.push(entry);
            redo.clear();
            return entry;
        }
    }

    @Override
    public Optional<AuditEntry> undo() {
        synchronized (lock) {
            if (undo.isEmpty()) {
                return Optional.empty();
            }
            AuditEntry done = undo.peek();
            List<Change> inverse = new ArrayList<>();
            done.changes().forEach(c -> inverse.add(0, c.inverse()));
            AuditEntry entry = commit(AuditEntry.Kind.UNDO, "Undo " + done.label(), done.source(), inverse);
            redo.push(undo.pop());
            return Optional.of(entry);
        }
    }

    @Override
    public Optional<AuditEntry> redo() {
        synchronized (lock) {
            if (redo.isEmpty()) {
                return Optional.empty();
            }
            AuditEntry undone = redo.peek();
            AuditEntry entry = commit(AuditEntry.Kind.REDO, "Redo " + undone.label(), undone.source(), undone.changes());
            undo.push(redo.pop());
            return Optional.of(entry);
        }
    }

    @Override
    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(AuditEntry::label);
    }

    @Override
    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(AuditEntry::label);
    }

    @Override
    public List<AuditEntry> history() {
        synchronized (lock) {
            return List.copyOf(history);
        }
    }

    private AuditEntry commit(AuditEntry.Kind kind, String label, String source, List<Change> changes) {
        List<Problem> blocking = errors(session.problems());
        if (!blocking.isEmpty()) {
            throw new IllegalStateException("\"" + label + "\" was not saved: the workspace files must be repaired first ("
                    + blocking.get(0).describe() + ")");
        }
        Snapshot before = current;
        Map<String, List<TypeData.Entry>> byType = new LinkedHashMap<>();
        Set<PartitionKey> dirty = new LinkedHashSet<>();
        for (Change c : changes) {
            byType.computeIfAbsent(c.typeName(), t -> new ArrayList<>())
                    .add(new TypeData.Entry(c.id(), c.partition(), c.after()));
            dirty.add(new PartitionKey(c.typeName(), c.partition()));
        }
        Map<String, TypeData> replaced = new LinkedHashMap<>();
        byType.forEach((type, entries) -> replaced.put(type, before.data(type).with(entries)));
        Snapshot after = before.with(before.revision() + 1, replaced);
        AuditEntry entry = new AuditEntry(after.revision(), author, clock.instant(), kind, label, source, changes);
        try {
            session.save(after, dirty, entry);
        } catch (SaveIncompleteException e) {
            System.err.println("workbench: \"" + label + "\" is saved, but " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("\"" + label + "\" was not saved, and nothing in " + folder
                    + " was changed: " + e.getMessage(), e);
        }
        current = after;
        history.add(entry);
        announcer.accept(new WorkspaceEvent(before, after, entry));
        return entry;
    }

    /** Rebuilt from the current state by undoing every recorded change after the revision. */
    @Override
    public WorkspaceSnapshot stateAt(long revision) {
        synchronized (lock) {
            if (revision > current.revision()) {
                throw new IllegalArgumentException("revision " + revision + " is after the current " + current.revision());
            }
            Snapshot state = current;
            for (int i = history.size() - 1; i >= 0 && history.get(i).revision() > revision; i--) {
                state = state.revert(history.get(i).changes(), history.get(i).revision() - 1);
            }
            return state;
        }
    }

    /** What the store found wrong in the files it read; while any is an error, nothing is saved. */
    public List<Problem> storeProblems() {
        return session.problems();
    }

    static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }
}

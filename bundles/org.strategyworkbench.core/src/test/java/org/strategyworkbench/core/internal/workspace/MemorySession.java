package org.strategyworkbench.core.internal.workspace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.store.PartitionKey;
import org.strategyworkbench.core.store.SaveIncompleteException;
import org.strategyworkbench.core.store.StoreSession;
import org.strategyworkbench.core.store.TypeLookup;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** A store session in memory that records what was written, and can be told to fail. */
final class MemorySession implements StoreSession {

    final Map<PartitionKey, List<Object>> files = new HashMap<>();
    final List<Set<PartitionKey>> writes = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    boolean failNextWrite;
    /** The next save is recorded but reported as not complete, as a journal whose last steps failed. */
    boolean incompleteNextAppend;
    final List<Problem> problems = new ArrayList<>();

    @Override
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public boolean isNew() {
        return files.isEmpty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> read(EntityType<T> type) {
        List<T> result = new ArrayList<>();
        files.forEach((key, entities) -> {
            if (key.typeName().equals(type.name())) {
                entities.forEach(e -> result.add((T) e));
            }
        });
        return result;
    }

    @Override
    public void write(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) throws IOException {
        if (failNextWrite) {
            failNextWrite = false;
            throw new IOException("disk full");
        }
        writes.add(Set.copyOf(partitions));
        for (PartitionKey key : partitions) {
            List<Object> entities = snapshot.entities(key.typeName(), key.partition());
            if (entities.isEmpty()) {
                files.remove(key);
            } else {
                files.put(key, entities);
            }
        }
    }

    @Override
    public void append(AuditEntry entry) throws IOException {
        audit.add(entry);
        if (incompleteNextAppend) {
            incompleteNextAppend = false;
            throw new SaveIncompleteException("it could not be completed (disk full): completed later", null);
        }
    }

    @Override
    public List<AuditEntry> history(TypeLookup types) {
        return List.copyOf(audit);
    }

    @Override
    public void close() {
    }
}

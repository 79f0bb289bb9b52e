package org.strategyworkbench.core.internal.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** The immutable workspace state at one revision. */
final class Snapshot implements WorkspaceSnapshot {

    private final long revision;
    private final Map<String, TypeData> types;

    private Snapshot(long revision, Map<String, TypeData> types) {
        this.revision = revision;
        this.types = types;
    }

    @Override
    public long revision() {
        return revision;
    }

    TypeData data(String typeName) {
        return types.getOrDefault(typeName, TypeData.EMPTY);
    }

    @Override
    public <T> Optional<T> get(EntityType<T> type, String id) {
        return Optional.ofNullable(data(type.name()).get(id)).map(type.entityClass()::cast);
    }

    @Override
    public <T> List<T> all(EntityType<T> type) {
        return data(type.name()).all().stream().map(type.entityClass()::cast).toList();
    }

    @Override
    public <T> List<T> partition(EntityType<T> type, String partition) {
        return data(type.name()).partition(partition).stream().map(type.entityClass()::cast).toList();
    }

    @Override
    public Set<String> partitions(String typeName) {
        return data(typeName).partitionNames();
    }

    @Override
    public Set<String> typeNames() {
        Set<String> names = new TreeSet<>();
        types.forEach((name, data) -> {
            if (data.size() > 0) {
                names.add(name);
            }
        });
        return names;
    }

    @Override
    public List<Object> entities(String typeName) {
        return data(typeName).all();
    }

    @Override
    public List<Object> entities(String typeName, String partition) {
        return data(typeName).partition(partition);
    }

    @Override
    public java.util.SortedSet<String> ids(String typeName) {
        return data(typeName).ids();
    }

    @Override
    public Optional<Object> entity(String typeName, String id) {
        return Optional.ofNullable(data(typeName).get(id));
    }

    @Override
    public int count(String typeName) {
        return data(typeName).size();
    }

    /** A snapshot at the given revision with the given types' data replaced. */
    Snapshot with(long newRevision, Map<String, TypeData> replaced) {
        Map<String, TypeData> copy = new HashMap<>(types);
        copy.putAll(replaced);
        return new Snapshot(newRevision, copy);
    }

    /** An empty snapshot at a revision. */
    static Snapshot empty(long revision) {
        return new Snapshot(revision, Map.of());
    }

    /** The snapshot with every change undone, in reverse order: the state before the changes. */
    Snapshot revert(List<org.strategyworkbench.core.workspace.Change> changes, long newRevision) {
        Map<String, TypeData> replaced = new HashMap<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            var c = changes.get(i);
            TypeData data = replaced.getOrDefault(c.typeName(), data(c.typeName()));
            replaced.put(c.typeName(), data.with(List.of(new TypeData.Entry(c.id(), c.partition(), c.before()))));
        }
        return with(newRevision, replaced);
    }

    /** A snapshot without the named type, at the same revision (its bundle went away). */
    Snapshot without(String typeName) {
        Map<String, TypeData> copy = new HashMap<>(types);
        copy.remove(typeName);
        return new Snapshot(revision, copy);
    }
}

package org.strategyworkbench.reporting.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** A view of a snapshot that holds only the named entity types, so that work on the others is skipped. */
final class OnlyTypes implements WorkspaceSnapshot {

    private final WorkspaceSnapshot all;
    private final Set<String> kept;

    OnlyTypes(WorkspaceSnapshot all, Set<String> kept) {
        this.all = all;
        this.kept = Set.copyOf(kept);
    }

    private boolean keeps(String type) {
        return kept.contains(type);
    }

    @Override
    public long revision() {
        return all.revision();
    }

    @Override
    public <T> Optional<T> get(EntityType<T> type, String id) {
        return keeps(type.name()) ? all.get(type, id) : Optional.empty();
    }

    @Override
    public <T> List<T> all(EntityType<T> type) {
        return keeps(type.name()) ? all.all(type) : List.of();
    }

    @Override
    public <T> List<T> partition(EntityType<T> type, String partition) {
        return keeps(type.name()) ? all.partition(type, partition) : List.of();
    }

    @Override
    public Set<String> partitions(String typeName) {
        return keeps(typeName) ? all.partitions(typeName) : Set.of();
    }

    @Override
    public Set<String> typeNames() {
        Set<String> names = new TreeSet<>(all.typeNames());
        names.retainAll(kept);
        return names;
    }

    @Override
    public List<Object> entities(String typeName) {
        return keeps(typeName) ? all.entities(typeName) : List.of();
    }

    @Override
    public List<Object> entities(String typeName, String partition) {
        return keeps(typeName) ? all.entities(typeName, partition) : List.of();
    }

    @Override
    public java.util.SortedSet<String> ids(String typeName) {
        return keeps(typeName) ? all.ids(typeName) : new TreeSet<>();
    }

    @Override
    public Optional<Object> entity(String typeName, String id) {
        return keeps(typeName) ? all.entity(typeName, id) : Optional.empty();
    }

    @Override
    public int count(String typeName) {
        return keeps(typeName) ? all.count(typeName) : 0;
    }
}

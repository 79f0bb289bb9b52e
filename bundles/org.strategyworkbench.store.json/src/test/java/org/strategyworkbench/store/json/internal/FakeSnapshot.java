package org.strategyworkbench.store.json.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** A snapshot of items only, enough for the store. */
record FakeSnapshot(List<Items.Item> items) implements WorkspaceSnapshot {

    @Override public long revision() { return 1; }
    @Override public <T> Optional<T> get(EntityType<T> type, String id) { return Optional.empty(); }
    @Override public <T> List<T> all(EntityType<T> type) { return List.of(); }
    @Override public <T> List<T> partition(EntityType<T> type, String partition) { return List.of(); }

    @Override
    public Set<String> partitions(String typeName) {
        Set<String> names = new TreeSet<>();
        items.forEach(i -> names.add(i.group()));
        return names;
    }

    @Override public Set<String> typeNames() { return Set.of("item"); }
    @Override public List<Object> entities(String typeName) { return new ArrayList<>(items); }

    @Override
    public List<Object> entities(String typeName, String partition) {
        return new ArrayList<>(items.stream().filter(i -> i.group().equals(partition))
                .sorted(Comparator.comparing(Items.Item::id)).toList());
    }

    @Override public int count(String typeName) { return items.size(); }
    @Override public java.util.SortedSet<String> ids(String typeName) {
        return new TreeSet<>(items.stream().map(Items.Item::id).toList());
    }
    @Override public Optional<Object> entity(String typeName, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().map(i -> (Object) i);
    }
}

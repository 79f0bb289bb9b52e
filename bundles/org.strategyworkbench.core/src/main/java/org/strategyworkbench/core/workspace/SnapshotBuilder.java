package org.strategyworkbench.core.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a stand-alone snapshot from entities, for tests of validators, sheets and views, in
 * this product and in plugins. Not thread-safe; the snapshot it builds is immutable.
 *
 * @since 1.0
 */
public final class SnapshotBuilder {

    /** id → (partition, entity), per type name. */
    private final Map<String, TreeMap<String, Object[]>> types = new HashMap<>();
    private long revision;

    /**
     * Adds entities of a type (replacing ones with the same id), each in the partition its type
     * gives it. Nothing is checked.
     *
     * @param <T> the entity class
     * @param type the entities' type
     * @param entities the entities to add; none may be null
     * @return this builder
     */
    @SafeVarargs
    public final <T> SnapshotBuilder add(EntityType<T> type, T... entities) {
        for (T e : entities) {
            types.computeIfAbsent(type.name(), n -> new TreeMap<>()).put(type.idOf(e), new Object[] {type.partitionOf(e), e});
        }
        return this;
    }

    /**
     * Sets the revision the snapshot reports.
     *
     * @param value the revision; 0 when never set
     * @return this builder
     */
    public SnapshotBuilder revision(long value) {
        this.revision = value;
        return this;
    }

    /**
     * Builds the snapshot. The builder may be used on; what it adds later does not change the
     * snapshots it built.
     *
     * @return an immutable snapshot of the entities added so far, at the revision set
     */
    public WorkspaceSnapshot build() {
        Map<String, TreeMap<String, Object[]>> copy = new HashMap<>();
        types.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
        return new Built(revision, Collections.unmodifiableMap(copy));
    }

    private record Built(long revision, Map<String, TreeMap<String, Object[]>> types) implements WorkspaceSnapshot {

        private TreeMap<String, Object[]> of(String name) {
            return types.getOrDefault(name, new TreeMap<>());
        }

        @Override
        public <T> Optional<T> get(EntityType<T> type, String id) {
            return Optional.ofNullable(of(type.name()).get(id)).map(e -> type.entityClass().cast(e[1]));
        }

        @Override
        public <T> List<T> all(EntityType<T> type) {
            return of(type.name()).values().stream().map(e -> type.entityClass().cast(e[1])).toList();
        }

        @Override
        public <T> List<T> partition(EntityType<T> type, String partition) {
            return entities(type.name(), partition).stream().map(type.entityClass()::cast).toList();
        }

        @Override
        public Set<String> partitions(String typeName) {
            Set<String> names = new TreeSet<>();
            of(typeName).values().forEach(e -> names.add((String) e[0]));
            return names;
        }

        @Override
        public Set<String> typeNames() {
            return new TreeSet<>(types.keySet());
        }

        @Override
        public List<Object> entities(String typeName) {
            return of(typeName).values().stream().map(e -> e[1]).toList();
        }

        @Override
        public List<Object> entities(String typeName, String partition) {
            List<Object> result = new ArrayList<>();
            of(typeName).values().stream().filter(e -> e[0].equals(partition)).forEach(e -> result.add(e[1]));
            return result;
        }

        @Override
        public java.util.SortedSet<String> ids(String typeName) {
            return new TreeSet<>(of(typeName).keySet());
        }

        @Override
        public Optional<Object> entity(String typeName, String id) {
            return Optional.ofNullable(of(typeName).get(id)).map(e -> e[1]);
        }

        @Override
        public int count(String typeName) {
            return of(typeName).size();
        }
    }
}

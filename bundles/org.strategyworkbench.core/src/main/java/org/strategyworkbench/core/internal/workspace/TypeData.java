package org.strategyworkbench.core.internal.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The entities of one type, by partition and id. Immutable: {@link #with} copies only the
 * partitions it changes, so an edit of one ally's actions does not copy every action.
 */
final class TypeData {

    static final TypeData EMPTY = new TypeData(Map.of(), Map.of());

    private final Map<String, NavigableMap<String, Object>> partitions;
    private final Map<String, String> partitionOfId;

    private TypeData(Map<String, NavigableMap<String, Object>> partitions, Map<String, String> partitionOfId) {
        this.partitions = partitions;
        this.partitionOfId = partitionOfId;
    }

    Object get(String id) {
        String partition = partitionOfId.get(id);
        return partition == null ? null : partitions.get(partition).get(id);
    }

    String partitionOf(String id) {
        return partitionOfId.get(id);
    }

    List<Object> partition(String name) {
        NavigableMap<String, Object> p = partitions.get(name);
        return p == null ? List.of() : List.copyOf(p.values());
    }

    java.util.Set<String> partitionNames() {
        return Collections.unmodifiableSet(new java.util.TreeSet<>(partitions.keySet()));
    }

    /** Every entity sorted by id, across partitions. */
    List<Object> all() {
        TreeMap<String, Object> sorted = new TreeMap<>();
        partitions.values().forEach(sorted::putAll);
        return List.copyOf(sorted.values());
    }

    /** Every id, sorted. */
    java.util.SortedSet<String> ids() {
        return new java.util.TreeSet<>(partitionOfId.keySet());
    }

    int size() {
        return partitionOfId.size();
    }

    /**
     * This data with entities put ({@code entity != null}) or removed, given as (id, partition,
     * entity) triples. The id index is shared with this data unless an id is added, removed or
     * moved to another partition: replacing entities in place copies only their partitions.
     */
    TypeData with(List<Entry> entries) {
        Map<String, NavigableMap<String, Object>> newPartitions = new HashMap<>(partitions);
        Map<String, String> newIndex = partitionOfId;
        Map<String, NavigableMap<String, Object>> copied = new HashMap<>();
        for (Entry e : entries) {
            String old = newIndex.get(e.id());
            String now = e.entity() == null ? null : e.partition();
            if (!Objects.equals(old, now) && newIndex == partitionOfId) {
                newIndex = new HashMap<>(partitionOfId);
            }
            if (old != null && !old.equals(now)) {
                writable(old, newPartitions, copied).remove(e.id());
                newIndex.remove(e.id());
            }
            if (now != null) {
                writable(now, newPartitions, copied).put(e.id(), e.entity());
                if (!now.equals(old)) {
                    newIndex.put(e.id(), now);
                }
            }
        }
        new ArrayList<>(copied.keySet()).forEach(p -> {
            if (copied.get(p).isEmpty()) {
                newPartitions.remove(p);
            }
        });
        return new TypeData(newPartitions, newIndex);
    }

    private static NavigableMap<String, Object> writable(String partition,
            Map<String, NavigableMap<String, Object>> all, Map<String, NavigableMap<String, Object>> copied) {
        return copied.computeIfAbsent(partition, p -> {
            NavigableMap<String, Object> copy = new TreeMap<>(all.getOrDefault(p, Collections.emptyNavigableMap()));
            all.put(p, copy);
            return copy;
        });
    }

    /** One entity to put (or remove, when {@code entity} is null). */
    record Entry(String id, String partition, Object entity) {
    }
}

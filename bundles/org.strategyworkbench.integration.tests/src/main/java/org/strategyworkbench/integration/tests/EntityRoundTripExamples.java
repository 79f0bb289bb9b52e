package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * Example entities for the round trip through the store, per entity type: those the real workspace
 * holds after real flows, and those a test builds for what no flow makes. Keyed by type name and
 * id, so that a later example with the same id replaces an earlier one.
 */
final class EntityRoundTripExamples {

    /** type name → id → entity. */
    private final Map<String, Map<String, Object>> byType = new TreeMap<>();

    /** Adds every entity of the snapshot, of every type it holds. */
    void addAll(WorkspaceSnapshot snapshot) {
        for (String typeName : snapshot.typeNames()) {
            for (String id : snapshot.ids(typeName)) {
                put(typeName, id, snapshot.entity(typeName, id).orElseThrow());
            }
        }
    }

    /** Adds an example built by a test; an entity of a type the test cannot name (a plugin's) is checked for its class. */
    <T> void add(EntityType<T> type, Object entity) {
        T typed = type.entityClass().cast(entity);
        put(type.name(), type.idOf(typed), typed);
    }

    private void put(String typeName, String id, Object entity) {
        byType.computeIfAbsent(typeName, n -> new TreeMap<>()).put(id, entity);
    }

    /**
     * The examples of a type, sorted by id.
     *
     * @throws AssertionError naming the type when there is none: a newly registered type needs an example
     */
    <T> List<T> of(EntityType<T> type) {
        Map<String, Object> examples = byType.getOrDefault(type.name(), Map.of());
        if (examples.isEmpty()) {
            fail("no example entity of the registered entity type '" + type.name() + "' (" + type.entityClass().getName()
                    + "): run a flow that creates one in EntityRoundTripTest, or build one there, so that its round trip"
                    + " through the store is tested");
        }
        return examples.values().stream().map(type.entityClass()::cast).toList();
    }

    /**
     * The fields of a record class, as dotted paths into nested records and lists of records, that
     * none of the values fills: null, empty text, an empty list, false or zero everywhere. Such a
     * field would not be tested by a round trip. A class that is not a record has no fields here.
     */
    static List<String> unfilledFields(Class<?> type, Collection<?> values) {
        List<String> unfilled = new ArrayList<>();
        if (!type.isRecord()) {
            return unfilled;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            List<Object> filled = values.stream().map(v -> value(component, v)).filter(EntityRoundTripExamples::isFilled)
                    .toList();
            if (filled.isEmpty()) {
                unfilled.add(component.getName());
                continue;
            }
            List<Object> nested = filled.stream()
                    .flatMap(v -> v instanceof Collection<?> list ? list.stream().map(Object.class::cast) : Stream.of(v))
                    .toList();
            Class<?> nestedType = nested.get(0).getClass();
            if (nestedType.isRecord()) {
                unfilledFields(nestedType, nested).forEach(path -> unfilled.add(component.getName() + "." + path));
            }
        }
        return unfilled;
    }

    private static boolean isFilled(Object value) {
        return value != null
                && !(value instanceof String text && text.isEmpty())
                && !(value instanceof Collection<?> list && list.isEmpty())
                && !(value instanceof Optional<?> optional && optional.isEmpty())
                && !(value instanceof Boolean flag && !flag)
                && !(value instanceof Number number && number.doubleValue() == 0);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + component + " of " + record, e);
        }
    }

    /**
     * A record built from its fields by name, for an entity class the test cannot name at compile time
     * (a plugin keeps its entity classes private). Fails naming the field when the record has a field
     * that {@code fields} lacks, or the reverse, so that the example follows the class.
     */
    static Object record(Class<?> type, Map<String, Object> fields) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        TreeSet<String> missing = new TreeSet<>(names);
        missing.removeAll(fields.keySet());
        TreeSet<String> unknown = new TreeSet<>(fields.keySet());
        unknown.removeAll(names);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            fail(type.getName() + ": the example gives no value for " + missing + " and values for fields it does not have "
                    + unknown);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(names.stream().map(fields::get).toArray());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a " + type.getName() + " from " + fields, e);
        }
    }
}

package org.strategyworkbench.workbench.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The fields of an entity (a record) as name and text, for the Properties view and the inspector. */
final class EntityProperties {

    private EntityProperties() {
    }

    /** Name and value pairs, in declaration order; a non-record gives its text as one value. */
    static List<String[]> of(Object entity) {
        List<String[]> rows = new ArrayList<>();
        if (entity == null) {
            return rows;
        }
        if (!entity.getClass().isRecord()) {
            rows.add(new String[] {"value", String.valueOf(entity)});
            return rows;
        }
        for (RecordComponent component : entity.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(entity);
            } catch (ReflectiveOperationException | RuntimeException e) {
                value = "(unreadable: " + e.getClass().getSimpleName() + ")";
            }
            rows.add(new String[] {words(component.getName()), text(value)});
        }
        return rows;
    }

    /** "decisionDate" → "Decision date". */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(EntityProperties::text).orElse("");
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(EntityProperties::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue())).collect(Collectors.joining(", "));
        }
        if (value.getClass().isRecord()) {
            return of(value).stream().filter(r -> !r[1].isEmpty()).map(r -> r[0] + ": " + r[1]).collect(Collectors.joining("; "));
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return String.valueOf(value);
    }
}

package org.strategyworkbench.core.internal.workspace;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.ValueRanges;

/**
 * Checks every field of a record entity at entry, whatever its type, down through nested
 * records, collections, maps, arrays and optionals: text holds no control characters (they break spreadsheets, JSON
 * diffs and terminals; line breaks and tabs are allowed), and numbers and dates lie in {@link
 * ValueRanges} (the store refuses files holding others, so such a value could never be read back).
 */
final class EntryCheck {

    private EntryCheck() {
    }

    static List<Problem> check(String typeName, String id, Object entity) {
        List<Problem> problems = new ArrayList<>();
        if (!clean(id)) {
            problems.add(Problem.error(typeName, printable(id), "id", "the id contains a control character"));
        }
        if (id.isBlank()) {
            problems.add(Problem.error(typeName, id, "id", "the id is empty"));
        }
        fields(typeName, id, "", entity, problems);
        return problems;
    }

    private static void fields(String typeName, String id, String path, Object value, List<Problem> problems) {
        if (value instanceof Collection<?> c) {
            c.forEach(element -> fields(typeName, id, path, element, problems));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((key, element) -> fields(typeName, id, path + "." + key, element, problems));
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(element -> fields(typeName, id, path, element, problems));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(element -> fields(typeName, id, path, element, problems));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                fields(typeName, id, path.isEmpty() ? c.getName() : path + "." + c.getName(), value(c, value), problems);
            }
        } else if (!clean(value)) {
            problems.add(Problem.error(typeName, id, path, "contains a control character"));
        } else {
            Optional<String> range = ValueRanges.problem(value);
            range.ifPresent(reason -> problems.add(Problem.error(typeName, id, path, reason)));
        }
    }

    private static Object value(RecordComponent component, Object entity) {
        try {
            return component.getAccessor().invoke(entity);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static boolean clean(Object value) {
        return !(value instanceof String s)
                || s.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t' && ch != '\r');
    }

    private static String printable(String id) {
        return id.replaceAll("\\p{Cntrl}", "?");
    }
}

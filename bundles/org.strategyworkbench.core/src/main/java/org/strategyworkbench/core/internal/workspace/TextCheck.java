package org.strategyworkbench.core.internal.workspace;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.strategyworkbench.core.problems.Problem;

/**
 * Rejects control characters in the text fields of record entities, at entry, whatever the
 * type: they break spreadsheets, JSON diffs and terminals. Line breaks and tabs are allowed.
 */
final class TextCheck {

    private TextCheck() {
    }

    static List<Problem> check(String typeName, String id, Object entity) {
        List<Problem> problems = new ArrayList<>();
        if (!clean(id)) {
            problems.add(Problem.error(typeName, printable(id), "id", "the id contains a control character"));
        }
        if (id.isBlank()) {
            problems.add(Problem.error(typeName, id, "id", "the id is empty"));
        }
        if (entity != null && entity.getClass().isRecord()) {
            for (RecordComponent c : entity.getClass().getRecordComponents()) {
                if (!clean(value(c, entity))) {
                    problems.add(Problem.error(typeName, id, c.getName(), "contains a control character"));
                }
            }
        }
        return problems;
    }

    private static Object value(RecordComponent component, Object entity) {
        try {
            return component.getAccessor().invoke(entity);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static boolean clean(Object value) {
        if (value instanceof String s) {
            return s.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t' && ch != '\r');
        }
        if (value instanceof Collection<?> c) {
            return c.stream().allMatch(TextCheck::clean);
        }
        return true;
    }

    private static String printable(String id) {
        return id.replaceAll("\\p{Cntrl}", "?");
    }
}

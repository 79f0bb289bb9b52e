package org.strategyworkbench.core.internal.workspace;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.RoundType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/** What differs between two snapshots, entity by entity, whatever their types. */
final class Comparison {

    private Comparison() {
    }

    static List<Difference> between(WorkspaceSnapshot from, WorkspaceSnapshot to) {
        SortedSet<String> types = new TreeSet<>(from.typeNames());
        types.addAll(to.typeNames());
        types.remove(RoundType.NAME);
        List<Difference> result = new ArrayList<>();
        for (String type : types) {
            SortedSet<String> ids = new TreeSet<>(from.ids(type));
            ids.addAll(to.ids(type));
            for (String id : ids) {
                Object before = from.entity(type, id).orElse(null);
                Object after = to.entity(type, id).orElse(null);
                if (before == null) {
                    result.add(new Difference(type, id, Difference.Kind.ADDED, null, after, List.of()));
                } else if (after == null) {
                    result.add(new Difference(type, id, Difference.Kind.REMOVED, before, null, List.of()));
                } else if (!before.equals(after)) {
                    result.add(new Difference(type, id, Difference.Kind.CHANGED, before, after, fields(before, after)));
                }
            }
        }
        return result;
    }

    /** The record components whose values differ; empty for other classes. */
    static List<String> fields(Object before, Object after) {
        if (!before.getClass().isRecord() || before.getClass() != after.getClass()) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    changed.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                changed.add(c.getName());
            }
        }
        return changed;
    }
}

package org.strategyworkbench.core.internal.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.Change;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * Turns an edit into the changes it makes to a snapshot, checking every entity first. Later
 * operations of an edit see the effect of earlier ones.
 */
final class EditResolver {

    private EditResolver() {
    }

    /** The key of an entity within the edit's working state. */
    private record Key(String type, String id) {
    }

    /** What the edit has done to an entity so far: where it lives and what it holds. */
    private record Current(String partition, Object entity) {
    }

    static List<Change> resolve(Snapshot snapshot, Edit edit) throws EditRejectedException {
        List<Problem> problems = new ArrayList<>();
        Map<Key, Current> working = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (Edit.Operation op : edit.operations()) {
            EntityType<?> type = op.type();
            Key key = new Key(type.name(), op.id());
            Current before = working.computeIfAbsent(key, k -> stored(snapshot, k));
            if (op.isRemoval()) {
                if (before.entity() == null) {
                    problems.add(Problem.error(type.name(), op.id(), "", "cannot be removed: it does not exist"));
                    continue;
                }
                changes.add(new Change(type.name(), op.id(), before.partition(), before.entity(), null));
                working.put(key, new Current(null, null));
                continue;
            }
            List<Problem> found = check(type, op);
            problems.addAll(found);
            if (!WorkspaceEngine.errors(found).isEmpty()) {
                continue;
            }
            String partition = partition(type, op.entity());
            if (before.entity() != null && !before.partition().equals(partition)) {
                changes.add(new Change(type.name(), op.id(), before.partition(), before.entity(), null));
                changes.add(new Change(type.name(), op.id(), partition, null, op.entity()));
            } else if (before.entity() == null || !before.entity().equals(op.entity())) {
                changes.add(new Change(type.name(), op.id(), partition, before.entity(), op.entity()));
            }
            working.put(key, new Current(partition, op.entity()));
        }
        List<Problem> errors = WorkspaceEngine.errors(problems);
        if (!errors.isEmpty()) {
            throw new EditRejectedException(edit.label(), errors);
        }
        return changes;
    }

    private static Current stored(Snapshot snapshot, Key key) {
        TypeData data = snapshot.data(key.type());
        return new Current(data.partitionOf(key.id()), data.get(key.id()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Problem> check(EntityType type, Edit.Operation op) {
        if (!type.entityClass().isInstance(op.entity())) {
            return List.of(Problem.error(type.name(), op.id(), "", "is a " + op.entity().getClass().getName()
                    + ", not a " + type.entityClass().getName()));
        }
        List<Problem> problems = new ArrayList<>(EntryCheck.check(type.name(), op.id(), op.entity()));
        try {
            problems.addAll(type.check(op.entity()));
        } catch (RuntimeException e) {
            problems.add(Problem.error(type.name(), op.id(), "", "its check failed: " + e));
        }
        return problems;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String partition(EntityType type, Object entity) {
        return type.partitionOf(entity);
    }
}

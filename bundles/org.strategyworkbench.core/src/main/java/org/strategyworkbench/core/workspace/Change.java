package org.strategyworkbench.core.workspace;

import java.util.Objects;

/**
 * One entity's change within an {@link Edit}: added ({@code before} is null), removed
 * ({@code after} is null) or replaced.
 *
 * @param typeName the entity type's name
 * @param id the entity's id
 * @param partition the partition the entity is stored in
 * @param before the entity before the edit, or null when it is added
 * @param after the entity after the edit, or null when it is removed
 * @since 1.0
 */
public record Change(String typeName, String id, String partition, Object before, Object after) {

    public Change {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partition, "partition");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after: " + typeName + " " + id);
        }
    }

    /** The change that undoes this one. */
    public Change inverse() {
        return new Change(typeName, id, partition, after, before);
    }

    /** Whether this change adds the entity. */
    public boolean isAddition() {
        return before == null;
    }

    /** Whether this change removes the entity. */
    public boolean isRemoval() {
        return after == null;
    }
}

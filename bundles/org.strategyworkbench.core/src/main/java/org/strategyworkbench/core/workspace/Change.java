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

    /**
     * Creates a change.
     *
     * @param typeName the entity type's name; not null
     * @param id the entity's id; not null
     * @param partition the partition the entity is stored in, {@code ""} for the type's default
     *        partition; not null
     * @param before the entity before the edit, or null when it is added
     * @param after the entity after the edit, or null when it is removed
     * @throws NullPointerException when typeName, id or partition is null
     * @throws IllegalArgumentException when both before and after are null
     */
    public Change {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partition, "partition");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a before or an after: " + typeName + " " + id);
        }
    }

    /**
     * The change that undoes this one.
     *
     * @return a change of the same entity and partition with before and after swapped: an addition
     *         becomes a removal, a removal an addition
     */
    public Change inverse() {
        return new Change(typeName, id, partition, after, before);
    }

    /**
     * Whether this change adds the entity.
     *
     * @return true when there is no {@code before}
     */
    public boolean isAddition() {
        return before == null;
    }

    /**
     * Whether this change removes the entity.
     *
     * @return true when there is no {@code after}
     */
    public boolean isRemoval() {
        return after == null;
    }
}

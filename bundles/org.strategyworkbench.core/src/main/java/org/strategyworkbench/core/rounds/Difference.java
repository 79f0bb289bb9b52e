package org.strategyworkbench.core.rounds;

import java.util.List;

/**
 * One entity that differs between two states of the workspace.
 *
 * @param typeName the entity type's name
 * @param id the entity's id
 * @param kind added, removed or changed
 * @param before the entity in the earlier state, or null when added
 * @param after the entity in the later state, or null when removed
 * @param changedFields for a changed record, the names of the fields that differ
 * @since 1.0
 */
public record Difference(String typeName, String id, Kind kind, Object before, Object after,
        List<String> changedFields) {

    /** How an entity differs. */
    public enum Kind {
        /** Only in the later state. */
        ADDED,
        /** Only in the earlier state. */
        REMOVED,
        /** In both states, with values that are not equal. */
        CHANGED
    }

    /**
     * Creates a difference.
     *
     * @param typeName the entity type's name
     * @param id the entity's id
     * @param kind added, removed or changed
     * @param before the entity in the earlier state, or null when added
     * @param after the entity in the later state, or null when removed
     * @param changedFields the names of the record fields that differ, empty when added or removed
     *        or when the entity is not a record; copied, not null
     * @throws NullPointerException when changedFields is null
     */
    public Difference {
        changedFields = List.copyOf(changedFields);
    }
}

package org.strategyworkbench.returns;

import java.util.List;
import java.util.Objects;
import org.strategyworkbench.actions.Action;

/**
 * What one row of a return would do to the workspace.
 *
 * @param kind added, changed or left alone
 * @param sheet the sheet the row is on
 * @param row the row number as the spreadsheet shows it
 * @param actionId the action the row is about (for a new row, the id it will get)
 * @param before the action as the workspace holds it now, or null for a new one
 * @param after the action as it would be after the import (equal to {@code before} when left alone)
 * @param fields the names of the fields that would change, in column order; empty when left alone
 * @since 1.0
 */
public record RowChange(Kind kind, String sheet, int row, String actionId, Action before, Action after,
        List<String> fields) {

    /** What a row does. */
    public enum Kind {
        /** A new action. */
        ADDED,
        /** An action on record whose values the return changes. */
        CHANGED,
        /** An action on record that the return leaves as it is. */
        UNCHANGED
    }

    /**
     * Creates a row change; {@link Returns#preview} creates them.
     *
     * @param kind added, changed or left alone; not null
     * @param sheet the sheet the row is on
     * @param row the row number, from 1
     * @param actionId the action the row is about; not null
     * @param before the action now, or null for a new one
     * @param after the action after the import
     * @param fields the names of the fields that would change; copied, not null
     * @throws NullPointerException when kind, actionId or fields is null
     */
    public RowChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actionId, "actionId");
        fields = List.copyOf(fields);
    }
}

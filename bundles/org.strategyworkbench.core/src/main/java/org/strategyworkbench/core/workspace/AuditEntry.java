package org.strategyworkbench.core.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One applied edit in the audit trail: who changed what, when, and every entity's before and
 * after. Undo and redo are recorded as entries of their own.
 *
 * @param revision the workspace revision the edit produced
 * @param author who made the edit
 * @param time when it was applied
 * @param kind an edit, an undo or a redo
 * @param label what the edit did, in words
 * @param source where the values came from (an imported file), or empty
 * @param changes every entity changed, with before and after
 * @since 1.0
 */
public record AuditEntry(long revision, String author, Instant time, Kind kind, String label, String source,
        List<Change> changes) {

    /** What produced an entry. */
    public enum Kind {
        /** An edit applied by {@link Workspace#apply}, including the content of a new workspace. */
        EDIT,
        /** {@link Workspace#undo()}: the inverse of an earlier entry's changes ("Undo …"). */
        UNDO,
        /** {@link Workspace#redo()}: an undone entry's changes again, labelled "Redo …". */
        REDO
    }

    /**
     * Creates an entry; the workspace service creates them, and stores read them back.
     *
     * @param revision the workspace revision the edit produced
     * @param author who made the edit; not null
     * @param time when it was applied; not null
     * @param kind an edit, an undo or a redo; not null
     * @param label what the edit did, in words; not null
     * @param source where the values came from, or empty; null is taken as empty
     * @param changes every entity changed, in the order applied; copied, not null
     * @throws NullPointerException when author, time, kind, label or changes is null
     */
    public AuditEntry {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        source = source == null ? "" : source;
        changes = List.copyOf(changes);
    }
}

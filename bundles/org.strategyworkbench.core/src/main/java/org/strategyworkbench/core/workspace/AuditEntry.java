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
        EDIT, UNDO, REDO
    }

    public AuditEntry {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        source = source == null ? "" : source;
        changes = List.copyOf(changes);
    }
}

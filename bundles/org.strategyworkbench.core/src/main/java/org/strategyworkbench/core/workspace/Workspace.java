package org.strategyworkbench.core.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The open workspace, a service of the core bundle. Every change goes through {@link #apply}:
 * validated, applied atomically, recorded in the audit trail, undoable, persisted and announced
 * to {@link WorkspaceListener} services.
 *
 * <p>Thread-safe: edits are serialised; {@link #snapshot()} never blocks on an edit in progress.
 *
 * @since 1.0
 */
@ProviderType
public interface Workspace {

    /** The folder the workspace is stored in. */
    Path folder();

    /** The current state; immutable. */
    WorkspaceSnapshot snapshot();

    /**
     * Applies an edit and saves it before returning.
     *
     * @return the audit entry of the applied edit
     * @throws EditRejectedException when an entity would be invalid or a removed one does not exist
     * @throws java.io.UncheckedIOException when the edit could not be saved; the workspace is unchanged
     */
    AuditEntry apply(Edit edit) throws EditRejectedException;

    /** Undoes the latest edit not yet undone; empty when there is none. */
    Optional<AuditEntry> undo();

    /** Redoes the latest undone edit; empty when there is none. */
    Optional<AuditEntry> redo();

    /** The label of the edit {@link #undo()} would undo. */
    Optional<String> undoLabel();

    /** The label of the edit {@link #redo()} would redo. */
    Optional<String> redoLabel();

    /** The audit trail, oldest first. */
    List<AuditEntry> history();

    /**
     * The workspace as it was at an earlier revision, rebuilt from the audit trail.
     *
     * @throws IllegalArgumentException when the revision is after the current one
     */
    WorkspaceSnapshot stateAt(long revision);
}

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
 * Any thread may call it, but {@link #apply apply}, {@link #undo()} and {@link #redo()} save to disk
 * and call every listener before they return, so a user interface calls them off the event
 * dispatch thread when the edit is large.
 *
 * <p>Lifecycle: the service opens its folder (takes the lock, reads every registered
 * {@link EntityType}'s entities, fills a new workspace from the {@link WorkspaceSeed} services) on
 * the first call of any method but {@link #folder()}. When the folder cannot be opened, that
 * call, and each later one that tries again, throws {@link java.io.UncheckedIOException} whose
 * cause is the store's exception (for example
 * {@link org.strategyworkbench.core.store.WorkspaceLockedException}); once the service has been
 * shut down, methods throw {@link IllegalStateException}.
 *
 * @since 1.0
 */
@ProviderType
public interface Workspace {

    /**
     * The folder the workspace is stored in.
     *
     * @return the folder; the core's service takes it from the framework property
     *         {@code strategyworkbench.workspace}, by default {@code StrategyWorkbench/workspace}
     *         in the user's home folder
     */
    Path folder();

    /**
     * The current state; immutable.
     *
     * @return the state after the latest applied edit, undo or redo; never null
     */
    WorkspaceSnapshot snapshot();

    /**
     * Applies an edit and saves it before returning. Every entity the edit puts is checked by its
     * {@link EntityType#check type}; an error rejects the whole edit. A successful edit empties the
     * redo stack and can be undone.
     *
     * @param edit the edit; its operations are applied in order
     * @return the audit entry of the applied edit; for an edit that changes nothing (every entity
     *         it puts equals the stored one), an entry at the current revision without changes that
     *         is neither saved, recorded nor undoable
     * @throws EditRejectedException when an entity would be invalid or a removed one does not exist
     * @throws java.io.UncheckedIOException when the edit could not be saved; the workspace is unchanged
     */
    AuditEntry apply(Edit edit) throws EditRejectedException;

    /**
     * Undoes the latest edit not yet undone: its changes are reverted as a new revision, saved,
     * recorded and announced like an edit. The content a new workspace was filled with, and edits
     * of earlier sessions, cannot be undone.
     *
     * @return the entry of kind {@link AuditEntry.Kind#UNDO} labelled "Undo " and the edit's label,
     *         or empty when there is nothing to undo
     * @throws java.io.UncheckedIOException when the undo could not be saved; the workspace is
     *         unchanged
     */
    Optional<AuditEntry> undo();

    /**
     * Redoes the latest undone edit as a new revision, saved, recorded and announced like an
     * edit. An edit applied after an undo clears what could be redone.
     *
     * @return the entry of kind {@link AuditEntry.Kind#REDO} labelled "Redo " and the edit's label,
     *         or empty when there is nothing to redo
     * @throws java.io.UncheckedIOException when the redo could not be saved; the workspace is
     *         unchanged
     */
    Optional<AuditEntry> redo();

    /**
     * The label of the edit {@link #undo()} would undo, for an Undo menu item.
     *
     * @return the edit's own label, or empty when there is nothing to undo
     */
    Optional<String> undoLabel();

    /**
     * The label of the edit {@link #redo()} would redo, for a Redo menu item.
     *
     * @return the edit's own label, or empty when there is nothing to redo
     */
    Optional<String> redoLabel();

    /**
     * The audit trail, oldest first: every edit, undo and redo, including those of earlier
     * sessions read from the folder.
     *
     * @return a copy of the trail, unmodifiable; empty for a workspace that was never changed
     */
    List<AuditEntry> history();

    /**
     * The workspace as it was at an earlier revision, rebuilt from the audit trail.
     *
     * @param revision the revision, at most the current one
     * @return the state at that revision
     * @throws IllegalArgumentException when the revision is after the current one
     */
    WorkspaceSnapshot stateAt(long revision);
}

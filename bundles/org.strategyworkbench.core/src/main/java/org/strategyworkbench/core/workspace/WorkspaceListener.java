package org.strategyworkbench.core.workspace;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every change of the workspace (whiteboard: register a service of this type).
 *
 * <p>Called on the thread that applied the change, after it was saved, one call at a time.
 * Return quickly; a UI moves its work to the event dispatch thread. A listener that throws is
 * logged and does not affect the edit or other listeners.
 *
 * <p>Lifecycle: a listener is told of the changes made while it is registered, including the
 * content a new workspace is filled with; it is not told of entities read from the folder (when
 * the workspace opens, or when an entity type is registered later). The service needs no service
 * properties.
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkspaceListener {

    /**
     * The workspace changed from {@code event.before()} to {@code event.after()}.
     *
     * @param event the snapshots before and after, and the audit entry of the edit, undo or redo
     *        that made the change; never null
     */
    void workspaceChanged(WorkspaceEvent event);
}

package org.strategyworkbench.core.workspace;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every change of the workspace (whiteboard: register a service of this type).
 *
 * <p>Called on the thread that applied the change, after it was saved, one call at a time.
 * Return quickly; a UI moves its work to the event dispatch thread. A listener that throws is
 * logged and does not affect the edit or other listeners.
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkspaceListener {

    /** The workspace changed from {@code event.before()} to {@code event.after()}. */
    void workspaceChanged(WorkspaceEvent event);
}

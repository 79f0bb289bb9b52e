package org.strategyworkbench.core.store;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps workspaces in folders. Implementations: thread-safe; a session is used by one workspace.
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkspaceStore {

    /**
     * Opens a workspace folder for this process: creates it when missing, takes its lock, removes
     * temporary files left by a crash and migrates an older format.
     *
     * @throws WorkspaceLockedException when another process holds the workspace
     * @throws CorruptWorkspaceException when a file cannot be read; nothing is changed
     * @throws IOException when the folder cannot be used
     */
    StoreSession open(Path folder) throws IOException;
}

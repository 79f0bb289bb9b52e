package org.strategyworkbench.core.store;

import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Keeps workspaces in folders. Implementations: thread-safe; a session is used by one workspace.
 * The product's implementation is the JSON folder store; the core's workspace service uses the
 * registered one (it needs no service properties) and opens its folder with it on first use.
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkspaceStore {

    /**
     * Opens a workspace folder for this process: creates it when missing, takes its lock, removes
     * temporary files left by a crash and migrates an older format.
     *
     * @param folder the workspace folder; created when missing. A folder that exists but holds no
     *        workspace must be empty: nothing in it is overwritten
     * @return the open session, which holds the lock until it is closed
     * @throws WorkspaceLockedException when another process holds the workspace
     * @throws CorruptWorkspaceException when a file cannot be read; nothing is changed
     * @throws IOException when the folder cannot be used
     */
    StoreSession open(Path folder) throws IOException;
}

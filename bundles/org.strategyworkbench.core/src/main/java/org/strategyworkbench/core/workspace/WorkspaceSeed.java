package org.strategyworkbench.core.workspace;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The content of a new workspace, for example an embedded strategy. When the workspace service
 * opens a folder that holds no workspace yet, it applies the edit of every registered seed, in
 * service ranking order, each as one entry of the audit trail.
 *
 * @since 1.0
 */
@ConsumerType
public interface WorkspaceSeed {

    /**
     * The edit that fills a new workspace. Called once, when the workspace is created, after every
     * bundle of the product has started, on the thread that first uses the workspace.
     *
     * @return the edit; when it is rejected, or this method throws, the error is logged and the
     *         other seeds still apply. The content of a new workspace cannot be undone.
     */
    Edit edit();
}

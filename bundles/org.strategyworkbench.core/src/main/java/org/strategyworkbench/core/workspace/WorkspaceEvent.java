package org.strategyworkbench.core.workspace;

/**
 * A change of the workspace.
 *
 * @param before the snapshot before the change
 * @param after the snapshot after the change
 * @param entry what changed, as recorded in the audit trail
 * @since 1.0
 */
public record WorkspaceEvent(WorkspaceSnapshot before, WorkspaceSnapshot after, AuditEntry entry) {
}

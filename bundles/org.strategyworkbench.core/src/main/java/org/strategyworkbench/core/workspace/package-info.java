/**
 * The workspace: entity collections held as immutable snapshots and changed only by edits.
 *
 * <p>The core knows no domain type. Domain bundles (and plugins) register an {@link
 * org.strategyworkbench.core.workspace.EntityType} service per type; the {@link
 * org.strategyworkbench.core.workspace.Workspace} service applies {@link
 * org.strategyworkbench.core.workspace.Edit}s atomically, records them in the audit trail,
 * makes them undoable, persists them and announces them to {@link
 * org.strategyworkbench.core.workspace.WorkspaceListener} services. Readers take a {@link
 * org.strategyworkbench.core.workspace.WorkspaceSnapshot} and never see a half-applied edit.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.strategyworkbench.core.workspace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

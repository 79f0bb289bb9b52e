/**
 * Where a workspace is kept: the store contract. The core's workspace service calls a {@link
 * org.strategyworkbench.core.store.WorkspaceStore} service (the product's is the JSON folder
 * store) to read, save and lock a workspace folder.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.strategyworkbench.core.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

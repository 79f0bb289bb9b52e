/**
 * Problems found in the workspace and the validators that find them. Validators are
 * contributed as services (whiteboard); the {@link org.strategyworkbench.core.problems.Validation}
 * service runs them all.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.core.problems;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * What became of the plugins: the bundles a delegation dropped into the plugins folder, whether
 * they run, and if not, why (a missing requirement, a jar that is not a bundle, a jar refused
 * because it is not signed by an allowed signer).
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.strategyworkbench.core.plugins;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

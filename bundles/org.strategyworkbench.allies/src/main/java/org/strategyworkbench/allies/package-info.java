/**
 * The allies that act on a strategy: {@link org.strategyworkbench.allies.Ally} records keyed by
 * ISO 3166 alpha-3 code, with a space-maturity tier that staff set.
 * {@link org.strategyworkbench.allies.AllyType#TYPE} reads them from a snapshot.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.allies;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

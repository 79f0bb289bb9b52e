/**
 * What each ally does about each commitment: {@link org.strategyworkbench.actions.Action}s
 * (funding, contracts, exercises, …) and, where an ally has none, its declared {@link
 * org.strategyworkbench.actions.Position} (no action, or not applicable). Together they tell
 * "no action", "not applicable" and "not reported" apart; see {@link
 * org.strategyworkbench.actions.Engagement}. Both types are stored one file per ally.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.actions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

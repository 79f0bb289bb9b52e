/**
 * Reporting rounds: a named {@link org.strategyworkbench.core.rounds.Round} freezes the
 * workspace as it stands (for example before a ministerial meeting), and the {@link
 * org.strategyworkbench.core.rounds.Rounds} service compares any two rounds, or a round and
 * today: what was added, removed and changed, with before and after.
 *
 * <p>A round records the revision it froze; the state at that revision is rebuilt from the audit
 * trail, which keeps every change with its before and after.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.core.rounds;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

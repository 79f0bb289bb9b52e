/**
 * Milestones: dated steps, each with a baseline (the plan), a forecast (the current estimate)
 * and an actual date, whose {@link org.strategyworkbench.milestones.MilestoneStatus} follows from
 * those dates and an "as of" date. {@link org.strategyworkbench.milestones.MilestoneType#TYPE}
 * reads them from a snapshot.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.milestones;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

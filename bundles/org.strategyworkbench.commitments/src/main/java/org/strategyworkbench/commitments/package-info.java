/**
 * The commitments of a strategy and their lifecycle.
 *
 * <p>A {@link org.strategyworkbench.commitments.Commitment} is one thing the strategy says will be
 * done. Its {@code kind} is the verb ("explore", "establish", …) and decides its {@link
 * org.strategyworkbench.commitments.Strength}: soft commitments are the ones that stall quietly,
 * and the product follows them until they turn into a decision and concrete follow-ups, or are
 * closed on purpose. {@link org.strategyworkbench.commitments.CommitmentType#TYPE} is the entity
 * type to read commitments from a workspace snapshot.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.commitments;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

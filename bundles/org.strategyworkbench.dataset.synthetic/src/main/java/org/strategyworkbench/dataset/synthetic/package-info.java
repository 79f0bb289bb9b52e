/**
 * Synthetic workspaces of any size, for scale tests and benchmarks: commitments, allies, actions
 * and milestones generated from a seed, so that the same {@link
 * org.strategyworkbench.dataset.synthetic.SyntheticSize} always gives the same workspace. Nothing
 * generated can be mistaken for real data: commitments, actions and milestones have titles that
 * start with "Synthetic", actions are marked as examples, and more than 32 allies get ISO
 * 3166 user-assigned codes (XAA, XAB, …) that name no country.
 *
 * <p>{@link org.strategyworkbench.dataset.synthetic.SyntheticWorkspace#writeTo} writes a generated
 * workspace straight through a store session, without an audit entry of every entity.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.dataset.synthetic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

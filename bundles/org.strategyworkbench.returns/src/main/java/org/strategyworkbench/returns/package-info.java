/**
 * Delegation returns: before a round the secretariat sends every ally a return template (.xlsx)
 * with what is on record for its nation; the delegation fills it in and sends it back; the
 * secretariat imports it.
 *
 * <p>{@link org.strategyworkbench.returns.Returns} issues a {@link
 * org.strategyworkbench.returns.ReturnRound}, writes the templates, and turns a returned file into
 * an {@link org.strategyworkbench.returns.ImportPlan} (what would be added, changed and left alone,
 * and every {@link org.strategyworkbench.returns.ImportProblem}) before anything changes; applying
 * a plan is one undoable edit of the workspace. Imported rows may instead land as {@link
 * org.strategyworkbench.returns.Submission}s that the secretariat accepts or rejects row by row
 * through {@link org.strategyworkbench.returns.Review}. A hostile or broken file is refused with a
 * message; it never changes the workspace and never harms the process.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.strategyworkbench.returns;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

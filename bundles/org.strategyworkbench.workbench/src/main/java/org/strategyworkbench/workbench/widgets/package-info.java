/**
 * Building blocks for views and editors, so that every plugin's tables, forms and live updates
 * look and behave alike: {@link org.strategyworkbench.workbench.widgets.LiveTable} (sorted,
 * filtered, keyboard-driven tables), {@link org.strategyworkbench.workbench.widgets.Form} (labelled
 * fields in a grid), {@link org.strategyworkbench.workbench.widgets.WorkspaceRefresh} (refresh a
 * part on the event thread when the workspace changes) and {@link
 * org.strategyworkbench.workbench.widgets.Edits} (apply an edit and tell the user what happened).
 *
 * <p>All classes are used on the event dispatch thread unless they say otherwise.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.workbench.widgets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

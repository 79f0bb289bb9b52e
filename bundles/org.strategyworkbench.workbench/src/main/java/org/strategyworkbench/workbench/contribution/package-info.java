/**
 * The UI contribution API: what a bundle registers to add to the workbench window.
 *
 * <p>Every contribution is an OSGi service (whiteboard pattern) described by service properties.
 * A Declarative Services component states them with the component property types of this
 * package, for example:
 *
 * <pre>
 * &#64;Component(service = ViewPart.class)
 * &#64;ViewProperties(id = "com.example.national.overview", title = "National overview")
 * public class NationalOverview implements ViewPart { ... }
 * </pre>
 *
 * <p>The workbench follows the services: a contribution registered while the window is open
 * appears at once (a view tab, a menu entry, a key binding, a command palette entry), and one
 * unregistered (its bundle stopped or uninstalled) disappears with everything it created. The
 * workbench creates views and editors lazily, on the event dispatch thread, only when they are
 * shown; it calls every contribution inside a guard, so one that throws is replaced by a
 * placeholder naming its bundle and the error, and is recorded in the error log.
 *
 * <p>Threading: unless a method says otherwise, the workbench calls contributions on the event
 * dispatch thread. Long work belongs in a job ({@link org.strategyworkbench.workbench.service.JobService}).
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

/**
 * The contract between the workbench launcher and the bundles: the commands of the
 * {@code ./workbench} command line.
 *
 * <p>A bundle contributes a command by registering a {@link
 * org.strategyworkbench.launcher.command.WorkbenchCommand} service with a {@link
 * org.strategyworkbench.launcher.command.CommandName} property (whiteboard). The launcher
 * starts the framework, looks the named command up and runs it once. This package lives in the
 * launcher and is exported by the system bundle, so every bundle sees the same classes.
 *
 * @since 0.1
 */
@Export
@Version("1.1.0")
package org.strategyworkbench.launcher.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

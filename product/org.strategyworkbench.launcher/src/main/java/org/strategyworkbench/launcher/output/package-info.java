/**
 * Output files that appear only when complete, shared by every bundle that writes a file the user
 * asked for (the console's {@code export}, the returns' {@code templates}, the window's export).
 *
 * <p>This package lives in the launcher and is exported by the system bundle, like
 * {@code org.strategyworkbench.launcher.command}: every bundle can import it, and importing it wires
 * a bundle to the framework only, never to another bundle, so it cannot make a cycle. The launcher
 * needs the same code to sweep, at start, what killed processes left behind.
 *
 * @since 0.1
 */
@Export
@Version("1.0.0")
package org.strategyworkbench.launcher.output;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

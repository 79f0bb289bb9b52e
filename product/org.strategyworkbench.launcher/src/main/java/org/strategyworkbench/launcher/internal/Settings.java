package org.strategyworkbench.launcher.internal;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What one run of the launcher works on.
 *
 * @param workspace the workspace folder
 * @param plugins the plugins folder FileInstall watches
 * @param interactiveShell whether the Gogo shell reads the terminal
 * @param err where the launcher reports problems
 */
record Settings(Path workspace, Path plugins, boolean interactiveShell, PrintStream err) {
}

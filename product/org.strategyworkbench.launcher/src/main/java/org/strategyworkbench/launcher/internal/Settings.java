package org.strategyworkbench.launcher.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one run of the launcher works on.
 *
 * @param workspace the workspace folder
 * @param plugins the plugins folder FileInstall watches
 * @param signers the allowed signers' certificates (a file or folder); when present, only jars
 *        they signed are installed from the plugins folder
 * @param err where the launcher reports problems
 */
record Settings(Path workspace, Path plugins, Optional<Path> signers, PrintStream err) {
}

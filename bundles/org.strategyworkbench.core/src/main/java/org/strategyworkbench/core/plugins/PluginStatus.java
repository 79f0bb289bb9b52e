package org.strategyworkbench.core.plugins;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What became of one jar in the plugins folder.
 *
 * @param file the jar
 * @param bundleId the id of the bundle installed from it, or -1 when none was installed
 * @param symbolicName the Bundle-SymbolicName, or empty when the jar is not a bundle
 * @param version the Bundle-Version, or empty
 * @param active whether the bundle runs (active, starting lazily, or a resolved fragment)
 * @param problem why it does not run, or empty
 * @since 1.0
 */
public record PluginStatus(Path file, long bundleId, Optional<String> symbolicName, Optional<String> version,
        boolean active, Optional<String> problem) {
}

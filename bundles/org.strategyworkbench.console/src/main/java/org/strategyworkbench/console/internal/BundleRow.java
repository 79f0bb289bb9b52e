package org.strategyworkbench.console.internal;

import java.util.Optional;
import org.osgi.framework.Bundle;

/**
 * One line of the bundle listing.
 *
 * @param id bundle id
 * @param symbolicName Bundle-SymbolicName
 * @param version Bundle-Version
 * @param state the state in words
 * @param running whether it counts as running: active, starting lazily, or a resolved fragment
 * @param problem why it does not run, if known
 */
record BundleRow(long id, String symbolicName, String version, String state, boolean running,
        Optional<String> problem) {

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}

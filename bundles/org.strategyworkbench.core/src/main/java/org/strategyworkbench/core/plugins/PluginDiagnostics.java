package org.strategyworkbench.core.plugins;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Tells which plugins run and why the others do not. A service of the core bundle; views and
 * commands use it to show plugin problems instead of letting a plugin be silently ignored.
 *
 * <p>Thread-safe; every call looks at the framework and the plugins folder as they are now.
 *
 * @since 1.0
 */
@ProviderType
public interface PluginDiagnostics {

    /**
     * Every jar of the plugins folder, with what became of it, sorted by file name.
     *
     * @return one status per jar
     */
    List<PluginStatus> plugins();

    /**
     * The jars of the plugins folder that no bundle was installed from, with the reason (not a
     * bundle, refused by the plugin trust, or not installed yet), sorted by file name. Cheaper
     * than {@link #plugins()}: installed bundles are not examined.
     *
     * @return one status per jar not installed, each with {@code bundleId} -1
     * @since 1.1
     */
    List<PluginStatus> notInstalled();

    /**
     * Why a bundle is not active, in words a delegation developer can act on, for example
     * {@code "missing requirement osgi.wiring.package; (osgi.wiring.package=com.example.api)"}.
     *
     * @param bundle any installed bundle
     * @return the problem, or empty when the bundle is active, starting or a resolved fragment
     */
    Optional<String> problem(Bundle bundle);
}

package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * What a plugin bundle may not do to the running workbench, whoever signed it: bear the name of a
 * product bundle, or the name and version of another installed bundle (FileInstall would update
 * that bundle with it instead of installing a new one), attach as a fragment to a product bundle,
 * or export a package of the framework or the product (bundles that import such packages
 * optionally would be rewired to it).
 */
final class PluginRules {

    /** Packages no plugin may export, besides any the framework's and the product's bundles export. */
    private static final List<String> RESERVED = List.of("java.", "javax.", "org.osgi.", "org.apache.felix.",
            "org.strategyworkbench.");

    private PluginRules() {
    }

    /**
     * Why a plugin jar may not be installed next to the bundles now installed, or empty.
     *
     * @param context any bundle context, to see the installed bundles
     * @param jar the checked copy of the plugin
     * @param location the location it will be installed under (its file in the plugins folder)
     * @param folder the plugins folder's URI prefix ({@code file:/…/plugins/}); a bundle whose
     *        location does not start with it belongs to the framework or the product
     * @return the reason, or empty
     */
    static Optional<String> refusal(BundleContext context, Path jar, String location, String folder) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return refusal(context, file.getManifest().getMainAttributes(), location, folder);
        } catch (IOException | RuntimeException e) {
            return Optional.of("it is not a readable bundle (" + e.getMessage() + ")");
        }
    }

    /**
     * The same, from the plugin's main manifest headers.
     *
     * @param context any bundle context, to see the installed bundles
     * @param main the plugin's main manifest headers; a bundle's (with a Bundle-SymbolicName)
     * @param location the location it will be installed under
     * @param folder the plugins folder's URI prefix
     * @return the reason, or empty
     */
    static Optional<String> refusal(BundleContext context, Attributes main, String location, String folder) {
        String name = name(main);
        Version version = version(main);
        String host = Optional.ofNullable(main.getValue(Constants.FRAGMENT_HOST)).map(h -> h.split(";")[0].trim()).orElse(null);
        for (Bundle bundle : context.getBundles()) {
            boolean product = !bundle.getLocation().startsWith(folder);
            if (name.equals(bundle.getSymbolicName()) && product) {
                return Optional.of(name + " is part of the product (" + bundle.getVersion() + "); a plugin cannot replace a product bundle");
            }
            if (name.equals(bundle.getSymbolicName()) && version.equals(bundle.getVersion()) && !bundle.getLocation().equals(location)) {
                return Optional.of(name + " " + version + " is already installed from " + fileName(bundle.getLocation())
                        + "; give the new one another version, or remove the other");
            }
            if (host != null && product && (host.equals(bundle.getSymbolicName()) || host.equals(Constants.SYSTEM_BUNDLE_SYMBOLICNAME))) {
                return Optional.of("it is a fragment of " + host + ", which is part of the product");
            }
        }
        return exportsReserved(context, main.getValue(Constants.EXPORT_PACKAGE), folder);
    }

    /** A bundle's symbolic name and version, as "name version", the way the framework tells bundles apart. */
    static String identity(Attributes main) {
        return name(main) + " " + version(main);
    }

    private static String name(Attributes main) {
        return main.getValue(Constants.BUNDLE_SYMBOLICNAME).split(";")[0].trim();
    }

    private static Version version(Attributes main) {
        return Version.parseVersion(Optional.ofNullable(main.getValue(Constants.BUNDLE_VERSION)).orElse("0").trim());
    }

    private static Optional<String> exportsReserved(BundleContext context, String exports, String folder) {
        for (String exported : headerNames(exports)) {
            if (RESERVED.stream().anyMatch(exported::startsWith) || exportedByProduct(context, exported, folder)) {
                return Optional.of("it exports " + exported + ", a package of the framework or the product");
            }
        }
        return Optional.empty();
    }

    private static boolean exportedByProduct(BundleContext context, String packageName, String folder) {
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.getLocation().startsWith(folder) ? null : bundle.adapt(BundleRevision.class);
            if (revision != null) {
                for (BundleCapability c : revision.getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
                    if (packageName.equals(c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The names of a manifest header's clauses (before their first ';'), quoted commas respected. */
    static List<String> headerNames(String header) {
        List<String> names = new java.util.ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                // "a;b;version=1": the names come before the first attribute or directive
                for (String token : header.substring(start, i).split(";")) {
                    if (token.contains("=")) {
                        break;
                    }
                    if (!token.isBlank()) {
                        names.add(token.trim());
                    }
                }
                start = i + 1;
            }
        }
        return names;
    }

    private static String fileName(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}

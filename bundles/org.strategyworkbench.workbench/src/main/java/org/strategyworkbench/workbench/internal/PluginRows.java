package org.strategyworkbench.workbench.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.strategyworkbench.core.plugins.PluginDiagnostics;
import org.strategyworkbench.core.plugins.PluginStatus;

/**
 * The rows of the Plugins view: every bundle, and every jar of the plugins folder that was not
 * installed. Built off the UI thread: a jar not installed has its signature checked.
 */
final class PluginRows {

    /** One row; {@code file} is the jar in the plugins folder, {@code null} for product bundles. */
    record Row(String name, String symbolicName, String version, String state, String provider, String source,
            String problem, Path file) {
    }

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;
    private final Optional<Path> folder;

    PluginRows(BundleContext context, PluginDiagnostics diagnostics, Optional<Path> folder) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.folder = folder;
    }

    /** Every row, the plugins folder's after the framework's and before the product's, by name. */
    List<Row> list() {
        List<Row> rows = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            try {
                rows.add(row(bundle));
            } catch (IllegalStateException gone) {
                // uninstalled while listed
            }
        }
        for (PluginStatus stray : diagnostics.notInstalled()) {
            String problem = stray.problem().orElse("not installed");
            rows.add(new Row(stray.file().getFileName().toString(), "", "", problem.startsWith("refused") ? "Refused" : "Not installed",
                    "", "Plugins folder", problem, stray.file()));
        }
        rows.sort(Comparator.comparing(Row::source).thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }


    private Row row(Bundle bundle) {
        String name = Optional.ofNullable(bundle.getHeaders().get(Constants.BUNDLE_NAME)).orElse(String.valueOf(bundle.getSymbolicName()));
        String vendor = Optional.ofNullable(bundle.getHeaders().get(Constants.BUNDLE_VENDOR)).orElse("");
        Optional<Path> file = pluginFile(bundle);
        String source = bundle.getBundleId() == 0 ? "Framework" : file.isPresent() ? "Plugins folder" : "Product";
        String problem = diagnostics.problem(bundle).orElse("");
        return new Row(name, String.valueOf(bundle.getSymbolicName()), bundle.getVersion().toString(), state(bundle), vendor,
                source, problem, file.orElse(null));
    }

    /** The jar in the plugins folder a bundle was installed from, if it was. */
    Optional<Path> pluginFile(Bundle bundle) {
        return pluginFile(bundle, folder);
    }

    /** The jar in {@code folder} a bundle was installed from, if it was. */
    static Optional<Path> pluginFile(Bundle bundle, Optional<Path> folder) {
        String location = bundle.getLocation();
        if (folder.isEmpty() || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(URI.create(location)).toAbsolutePath();
            return path.startsWith(folder.get()) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A bundle's state in a word. */
    static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "Active";
            case Bundle.RESOLVED -> bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null ? "Fragment" : "Resolved";
            case Bundle.INSTALLED -> "Installed";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            default -> "Uninstalled";
        };
    }
}

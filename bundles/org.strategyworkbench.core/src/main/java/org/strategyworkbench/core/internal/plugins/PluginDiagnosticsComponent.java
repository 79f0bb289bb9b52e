package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.plugins.PluginDiagnostics;
import org.strategyworkbench.core.plugins.PluginStatus;
import org.strategyworkbench.core.plugins.PluginTrust;

/**
 * Diagnoses the plugins folder named by the framework property {@value #PLUGINS}, and reports on
 * standard error every plugin bundle that was installed but did not start, naming the reason.
 */
@Component(immediate = true)
public final class PluginDiagnosticsComponent implements PluginDiagnostics, BundleListener {

    static final String PLUGINS = "strategyworkbench.plugins";
    /** FileInstall starts a bundle right after installing it; look once it had the chance. */
    private static final long REPORT_DELAY_MILLIS = 1_500;

    private final BundleContext context;
    private final PluginTrust trust;
    private final Optional<Path> folder;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plugin-diagnostics");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public PluginDiagnosticsComponent(BundleContext context, @Reference PluginTrust trust) {
        this.context = context;
        this.trust = trust;
        this.folder = Optional.ofNullable(context.getProperty(PLUGINS)).map(p -> Path.of(p).toAbsolutePath());
        context.addBundleListener(this);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        reporter.shutdownNow();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if ((event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED)
                && fromPlugins(event.getBundle())) {
            reporter.schedule(() -> report(event.getBundle()), REPORT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void report(Bundle bundle) {
        problem(bundle).ifPresent(p -> System.err.println(
                "workbench: plugin " + bundle.getLocation() + " (" + bundle.getSymbolicName() + ") is not active: " + p));
    }

    @Override
    public List<PluginStatus> plugins() {
        return jars().stream().map(this::status).toList();
    }

    /** The jar files of the plugins folder, by name. */
    private List<Path> jars() {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public List<PluginStatus> notInstalled() {
        return jars().stream().filter(jar -> context.getBundle(location(jar)) == null)
                .map(jar -> new PluginStatus(jar, -1, Optional.empty(), Optional.empty(), false, Optional.of(notInstalled(jar))))
                .toList();
    }

    private static String location(Path jar) {
        return jar.toFile().toURI().normalize().toString();
    }

    private String folderPrefix() {
        return folder.map(f -> f.toFile().toURI().normalize().toString()).orElse("\u0000");
    }

    private PluginStatus status(Path jar) {
        Bundle bundle = context.getBundle(location(jar));
        if (bundle != null) {
            Optional<String> problem = problem(bundle);
            return new PluginStatus(jar, bundle.getBundleId(), Optional.ofNullable(bundle.getSymbolicName()),
                    Optional.of(bundle.getVersion().toString()), problem.isEmpty(), problem);
        }
        return new PluginStatus(jar, -1, Optional.empty(), Optional.empty(), false, Optional.of(notInstalled(jar)));
    }

    private String notInstalled(Path jar) {
        return bundleProblem(jar).or(() -> PluginRules.refusal(context, jar, location(jar), folderPrefix())
                .or(() -> trust.refusal(jar)).map(r -> "refused: " + r))
                .orElse("not installed yet, or refused by the framework (see the console)");
    }

    /**
     * Why a file cannot be a bundle at all, or empty when it is one.
     *
     * @param jar the file
     * @return "not a readable jar: …" or "not an OSGi bundle: …", or empty
     */
    static Optional<String> bundleProblem(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return Optional.of("not an OSGi bundle: its manifest has no Bundle-SymbolicName");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("not a readable jar: " + e.getMessage());
        }
    }

    @Override
    public Optional<String> problem(Bundle bundle) {
        boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
        switch (bundle.getState()) {
            case Bundle.ACTIVE, Bundle.STARTING:
                return Optional.empty();
            case Bundle.RESOLVED:
                return fragment ? Optional.empty() : Optional.of("resolved but not started");
            case Bundle.INSTALLED:
                return Optional.of(unresolvedReason(bundle, fragment));
            default:
                return Optional.of("uninstalled");
        }
    }

    private String unresolvedReason(Bundle bundle, boolean fragment) {
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (wiring.resolveBundles(List.of(bundle))) {
            return "resolved but not started";
        }
        if (fragment) {
            return "fragment without a matching host";
        }
        try {
            // Starting an unresolvable bundle has no effect but makes the framework say why.
            bundle.start(Bundle.START_TRANSIENT);
            return "resolved but not started";
        } catch (BundleException | IllegalStateException e) {
            return ResolutionMessages.explain(ResolutionMessages.summarize(e.getMessage()), this::exportedVersions);
        }
    }

    private boolean fromPlugins(Bundle bundle) {
        if (folder.isEmpty() || !bundle.getLocation().startsWith("file:")) {
            return false;
        }
        try {
            return Path.of(URI.create(bundle.getLocation())).startsWith(folder.get());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The versions the framework's bundles export a package in, as "1.0.0 (by its.exporter 0.1.0)". */
    private List<String> exportedVersions(String packageName) {
        List<String> versions = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision revision = b.adapt(BundleRevision.class);
            if (revision == null) {
                continue;
            }
            for (BundleCapability c : revision.getDeclaredCapabilities(
                    BundleRevision.PACKAGE_NAMESPACE)) {
                if (packageName.equals(c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))) {
                    versions.add(c.getAttributes().get("version") + " (by " + b.getSymbolicName() + " " + b.getVersion() + ")");
                }
            }
        }
        return versions;
    }
}

package org.strategyworkbench.launcher.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * A running Felix framework with the product's bundles installed and started. The bundle cache
 * is a fresh temporary folder per process (so two processes never share one) and is deleted on
 * {@link #close()}.
 */
final class FrameworkRuntime implements AutoCloseable {

    private static final String FILEINSTALL = "org.apache.felix.fileinstall";
    /** The core bundle's check of the jars FileInstall takes from the plugins folder. */
    private static final String SIGNATURE_CHECK = "(&(objectClass=org.apache.felix.fileinstall.ArtifactTransformer)"
            + "(component.name=org.strategyworkbench.core.internal.plugins.PluginJarCheck))";

    /**
     * Started after every other bundle: Gogo runs its profile as soon as it starts, and plugins
     * must find the product's services in place.
     */
    private static final java.util.Set<String> STARTED_LAST = java.util.Set.of("org.apache.felix.gogo.shell", FILEINSTALL);

    private final Framework framework;
    private final Path cache;

    private FrameworkRuntime(Framework framework, Path cache) {
        this.framework = framework;
        this.cache = cache;
    }

    /** Starts the framework and every bundle of the distribution. */
    static FrameworkRuntime start(Distribution distribution, Settings settings) throws IOException, BundleException {
        Path cache = Files.createTempDirectory("strategyworkbench-");
        Framework framework = new FrameworkFactory().newFramework(properties(distribution, settings, cache));
        framework.init();
        Startup.milestone("framework-initialised", settings.err());
        BundleContext context = framework.getBundleContext();
        PluginGuard.install(context, settings);
        List<Bundle> installed = new ArrayList<>();
        try (Stream<Path> jars = distribution.bundles()) {
            for (Path jar : (Iterable<Path>) jars::iterator) {
                installed.add(context.installBundle("reference:" + jar.toUri()));
            }
        }
        Startup.milestone("bundles-installed", settings.err());
        framework.start();
        Startup.milestone("framework-started", settings.err());
        installed.sort(Comparator.comparing(b -> STARTED_LAST.contains(b.getSymbolicName())));
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null && mayStart(bundle, context, settings)) {
                startQuietly(bundle, settings);
            }
        }
        return new FrameworkRuntime(framework, cache);
    }

    /**
     * Whether a bundle may start. With allowed signers, FileInstall (the plugins folder) starts
     * only once the signature check stands in front of it: a plugins folder that would install
     * unchecked jars is not watched at all.
     */
    private static boolean mayStart(Bundle bundle, BundleContext context, Settings settings) {
        if (settings.signers().isEmpty() || !FILEINSTALL.equals(bundle.getSymbolicName())) {
            return true;
        }
        try {
            if (context.getServiceReferences((String) null, SIGNATURE_CHECK) != null) {
                return true;
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        settings.err().println("workbench: the plugins folder is not watched: only signed plugins may be installed,"
                + " and the signature check is not available (see the messages above)");
        return false;
    }

    private static void startQuietly(Bundle bundle, Settings settings) {
        try {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
        } catch (BundleException e) {
            settings.err().println("workbench: bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage());
        }
    }

    static Map<String, String> properties(Distribution distribution, Settings settings, Path cache) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, distribution.exportedPackages());
        p.put("felix.log.level", "1");
        // Felix would otherwise parse the JDK's class files on every start to compute "uses"
        // constraints of the JDK packages, which the fresh cache cannot remember; none of our
        // bundles needs them.
        p.put("felix.systempackages.calculate.uses", "false");
        p.put("strategyworkbench.version", distribution.version());
        p.put("strategyworkbench.workspace", settings.workspace().toString());
        p.put("strategyworkbench.plugins", settings.plugins().toString());
        settings.signers().ifPresent(s -> p.put("strategyworkbench.plugins.signers", s.toString()));
        p.put("felix.fileinstall.dir", settings.plugins().toString());
        p.put("felix.fileinstall.filter", ".*\\.jar");
        p.put("felix.fileinstall.poll", "500");
        p.put("felix.fileinstall.noInitialDelay", "true");
        // only the jars lying in the folder: FileInstall would otherwise pack sub-folders into bundles
        p.put("felix.fileinstall.subdir.mode", "skip");
        // a plugin must not make FileInstall refresh the product's bundles (a plugin exporting a
        // package they import optionally would have it stop ConfigAdmin and FileInstall itself)
        p.put("felix.fileinstall.optionalImportRefreshScope", "managed");
        p.put("felix.fileinstall.fragmentRefreshScope", "managed");
        p.put("felix.fileinstall.log.level", "1");
        p.put("felix.fileinstall.enableConfigSave", "false");
        // Gogo's own console never reads the terminal: the shell command (console bundle) does, once
        // it holds the workspace; --quiet keeps Gogo's welcome out of every command's output
        p.put("gosh.args", "--nointeractive --quiet");
        return p;
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(cache);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}

package org.strategyworkbench.launcher.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Waits, at start-up, until FileInstall has taken up the bundles already lying in the plugins
 * folder, so that a command sees the plugins' contributions. Jars that are not bundles are
 * never taken up and are not waited for; a plugin that cannot resolve stays installed and is
 * not waited for either. FileInstall (with {@code felix.fileinstall.noInitialDelay}) processes the
 * jars already there while it starts, and it starts last: a jar without a bundle by now was not
 * taken up (refused as unsigned, for example) and is not waited for.
 */
final class PluginsSettle {

    private static final long POLL_MILLIS = 20;

    private PluginsSettle() {
    }

    static void await(BundleContext context, Path folder, long timeoutMillis) throws InterruptedException {
        List<String> expected = bundleJars(folder).stream().map(p -> p.toFile().toURI().normalize().toString()).toList();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!expected.isEmpty() && System.currentTimeMillis() < deadline) {
            if (expected.stream().allMatch(location -> settled(context, location))) {
                return;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static boolean settled(BundleContext context, String location) {
        Bundle bundle = context.getBundle(location);
        if (bundle == null) {
            return true;   // FileInstall has started (it starts last): this jar was not taken up
        }
        return bundle.getState() == Bundle.ACTIVE || bundle.getState() == Bundle.RESOLVED
                || (bundle.getState() == Bundle.INSTALLED && !resolvable(context, bundle));
    }

    private static boolean resolvable(BundleContext context, Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        return wiring.resolveBundles(List.of(bundle));
    }

    static List<Path> bundleJars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).filter(PluginsSettle::isBundle).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isBundle(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null
                    && file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName") != null;
        } catch (IOException e) {
            return false;
        }
    }

}

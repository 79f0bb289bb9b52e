package org.strategyworkbench.core.internal.plugins;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.apache.felix.fileinstall.ArtifactTransformer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.plugins.PluginTrust;

/**
 * Stands between the plugins folder and FileInstall. FileInstall asks its transformers before
 * installing anything itself; this one claims every artifact, without reading it (so nothing can
 * change between the question and the answer, and nothing reaches FileInstall's own bundle
 * installer), copies it, checks the copy and hands the checked copy over to be installed under the
 * jar's own location, so the file cannot change between the check and the installation. The copy
 * must be a bundle, must not bear the name of a product bundle (FileInstall would replace that
 * bundle with it), and, when only signed plugins are accepted, must pass the {@link PluginTrust}.
 * A refused jar is not installed (an accepted earlier version of it is uninstalled) and stays
 * refused until the file changes.
 *
 * <p>A delayed component: FileInstall is the only user, and the class needs FileInstall's
 * package, which the core bundle imports optionally.
 */
@Component(service = ArtifactTransformer.class)
public final class PluginJarCheck implements ArtifactTransformer {

    private final BundleContext context;
    private final PluginTrust trust;
    /** The plugins folder's location prefix: bundles installed from elsewhere are the product's. */
    private final String folder;
    /** Bundle name and version of every accepted jar, with its location. */
    private final java.util.Map<String, String> claims = new java.util.HashMap<>();

    @Activate
    public PluginJarCheck(BundleContext context, @Reference PluginTrust trust) {
        this.context = context;
        this.trust = trust;
        String plugins = context.getProperty(PluginDiagnosticsComponent.PLUGINS);
        this.folder = plugins == null ? "\u0000" : new File(plugins).toURI().normalize().toString();
    }

    /** The checks of the copy, its manifest read once: a bundle, the rules, the trust, a name of its own. */
    private Optional<String> check(Path copy, String location) throws IOException {
        Attributes main;
        try (JarFile file = new JarFile(copy.toFile(), false)) {
            main = file.getManifest().getMainAttributes();
        }
        if (main.getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
            return Optional.of("not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        return PluginRules.refusal(context, main, location, folder).or(() -> trust.refusal(copy))
                .or(() -> claim(PluginRules.identity(main), location));
    }

    /**
     * Records that a location holds a bundle name and version, refusing it when another jar still
     * in the folder was accepted with them: jars that arrive together are checked before either is
     * installed, so the installed bundles alone cannot tell (FileInstall would update the first
     * with the second).
     */
    private Optional<String> claim(String identity, String location) {
        synchronized (claims) {
            String other = claims.get(identity);
            if (other != null && !other.equals(location) && Files.exists(Path.of(java.net.URI.create(other)))) {
                return Optional.of(identity + " is already installed from " + other.substring(other.lastIndexOf('/') + 1)
                        + "; give the new one another version, or remove the other");
            }
            claims.put(identity, location);
        }
        return Optional.empty();
    }

    private static Optional<String> canonicalCopy(Path jar, Path copy) {
        try {
            return PluginJarCopy.write(jar, copy);
        } catch (IOException e) {
            return Optional.of("not a readable jar: " + e.getMessage());
        }
    }

    @Override
    public boolean canHandle(File artifact) {
        return true;
    }

    @Override
    public File transform(File artifact, File tmpDir) throws IOException {
        Path copy = Files.createTempFile(tmpDir.toPath(), "checked-", ".jar");
        try {
            Optional<String> refusal = Files.isRegularFile(artifact.toPath()) ? Optional.empty() : Optional.of("it is not a jar file");
            if (refusal.isEmpty()) {
                refusal = canonicalCopy(artifact.toPath(), copy);
            }
            if (refusal.isEmpty()) {
                refusal = check(copy, artifact.toURI().normalize().toString());
            }
            if (refusal.isPresent()) {
                System.err.println("workbench: plugin " + artifact.getName() + " refused: " + refusal.get());
                Files.deleteIfExists(copy);
                return null;
            }
            return copy.toFile();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            System.err.println("workbench: plugin " + artifact.getName() + " refused: it could not be checked (" + e + ")");
            throw e;
        }
    }
}

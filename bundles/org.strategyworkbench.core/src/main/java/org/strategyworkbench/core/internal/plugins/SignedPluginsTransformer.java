package org.strategyworkbench.core.internal.plugins;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import org.apache.felix.fileinstall.ArtifactTransformer;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.plugins.PluginTrust;

/**
 * Stands between the plugins folder and FileInstall when only signed plugins are accepted.
 * FileInstall asks its transformers before installing a bundle itself; this one claims every
 * bundle FileInstall finds (the product has FileInstall watch the plugins folder only), copies
 * it, checks the copy's signature and hands the checked copy over to be installed (under the
 * jar's own location), so the file cannot change between the check and the installation. A
 * refused jar is not installed (an accepted earlier version of it is uninstalled) and stays
 * refused until the file changes. Where the artifact lies is not looked at: whatever FileInstall
 * is about to install as a bundle is checked (it may hand over a copy it made elsewhere).
 *
 * <p>A delayed component: FileInstall is the only user, and the class needs FileInstall's
 * package, which the core bundle imports optionally.
 */
@Component(service = ArtifactTransformer.class)
public final class SignedPluginsTransformer implements ArtifactTransformer {

    private final PluginTrust trust;

    @Activate
    public SignedPluginsTransformer(@Reference PluginTrust trust) {
        this.trust = trust;
    }

    @Override
    public boolean canHandle(File artifact) {
        return trust.signedOnly() && isBundle(artifact);
    }

    @Override
    public File transform(File artifact, File tmpDir) throws IOException {
        Path copy = Files.createTempFile(tmpDir.toPath(), "checked-", "-" + artifact.getName());
        Files.copy(artifact.toPath(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Optional<String> refusal = trust.refusal(copy);
        if (refusal.isPresent()) {
            Files.deleteIfExists(copy);
            System.err.println("workbench: plugin " + artifact.getName() + " refused: " + refusal.get());
            return null;
        }
        return copy.toFile();
    }

    private static boolean isBundle(File artifact) {
        try (JarFile jar = new JarFile(artifact, false)) {
            return jar.getManifest() != null
                    && jar.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        } catch (IOException e) {
            return false;
        }
    }
}

package org.strategyworkbench.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.strategyworkbench.core.plugins.PluginTrust;
import org.strategyworkbench.workbench.service.Notifications;

/**
 * The Plugins view's Install: checks a chosen jar (a bundle, not a copy of a product bundle,
 * signed by an allowed signer when only those are accepted) and copies it into the plugins
 * folder, where FileInstall picks it up; without a plugins folder it installs it directly.
 */
final class PluginInstaller {

    private final BundleContext context;
    private final PluginTrust trust;
    private final PluginRows rows;
    private final Optional<Path> folder;

    PluginInstaller(BundleContext context, PluginTrust trust, PluginRows rows, Optional<Path> folder) {
        this.context = context;
        this.trust = trust;
        this.rows = rows;
        this.folder = folder;
    }

    /** Installs a jar; every failure is shown as a message naming the file. */
    void install(Path jar, Notifications notifications) {
        String problem = checkBundle(jar);
        if (problem == null) {
            problem = duplicateOf(jar);
        }
        if (problem == null) {
            problem = trust.refusal(jar).orElse(null);
        }
        if (problem != null) {
            notifications.error(jar.getFileName() + " was not installed: " + problem, null);
            return;
        }
        try {
            if (folder.isPresent()) {
                Files.createDirectories(folder.get());
                Path temp = Files.createTempFile(folder.get(), ".installing-", ".tmp");
                Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
                Path target = folder.get().resolve(jar.getFileName());
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                notifications.info("Installed " + jar.getFileName() + " into the plugins folder; it starts in a moment");
            } else {
                Bundle bundle = context.installBundle(jar.toUri().toString());
                bundle.start();
                notifications.info("Installed and started " + bundle.getSymbolicName());
            }
        } catch (IOException | org.osgi.framework.BundleException | RuntimeException e) {
            notifications.error(jar.getFileName() + " was not installed: " + Guard.message(e), e);
        }
    }

    /**
     * Why a bundle may not be installed because one of that name is already there outside the
     * plugins folder (a copy of a product bundle would replace or shadow it), or {@code null}.
     */
    private String duplicateOf(Path jar) {
        try (InputStream in = Files.newInputStream(jar); JarInputStream stream = new JarInputStream(in)) {
            String name = stream.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME).split(";")[0].trim();
            for (Bundle bundle : context.getBundles()) {
                if (name.equals(bundle.getSymbolicName()) && rows.pluginFile(bundle).isEmpty()) {
                    return name + " is already installed as part of the product (" + bundle.getVersion()
                            + "); a plugin cannot replace a product bundle";
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "it is not a readable jar (" + Guard.message(e) + ")";
        }
    }

    /** Why a file is not a plugin bundle, or {@code null} when it is one. */
    static String checkBundle(Path jar) {
        try (InputStream magic = Files.newInputStream(jar)) {
            byte[] head = magic.readNBytes(4);
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
                return "it is not a jar file (a plugin is a .jar, an OSGi bundle)";
            }
        } catch (IOException e) {
            return "it cannot be read (" + e.getMessage() + ")";
        }
        try (InputStream in = Files.newInputStream(jar); JarInputStream stream = new JarInputStream(in)) {
            Manifest manifest = stream.getManifest();
            if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
                return "it is not an OSGi bundle (its manifest has no Bundle-SymbolicName)";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "it is not a readable jar (" + Guard.message(e) + ")";
        }
    }
}

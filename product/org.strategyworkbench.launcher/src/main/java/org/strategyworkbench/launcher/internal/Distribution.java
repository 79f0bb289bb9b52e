package org.strategyworkbench.launcher.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The installed product as the launcher finds it: {@code lib/} holds the launcher and the
 * framework, {@code bundles/} the resolved bundles, {@code plugins/} the default plugins folder.
 *
 * @param home the product folder
 * @param manifest the launcher's own manifest (version, exported contract packages)
 */
record Distribution(Path home, Manifest manifest) {

    /** The product folder of the running launcher (overridable with {@code strategyworkbench.home}). */
    static Distribution locate() {
        try {
            Path home = Path.of(System.getProperty("strategyworkbench.home", defaultHome().toString()));
            return new Distribution(home.toAbsolutePath().normalize(), readManifest());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate the product folder: " + e.getMessage(), e);
        }
    }

    private static Path defaultHome() throws URISyntaxException {
        Path code = Path.of(Distribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().getParent();
    }

    private static Manifest readManifest() throws IOException, URISyntaxException {
        Path code = Path.of(Distribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(code)) {
            try (JarFile jar = new JarFile(code.toFile())) {
                return jar.getManifest();
            }
        }
        Path manifest = code.resolve("META-INF/MANIFEST.MF");
        try (InputStream in = Files.newInputStream(manifest)) {
            return new Manifest(in);
        }
    }

    /** The bundles of the product, sorted by file name. */
    Stream<Path> bundles() throws IOException {
        Path folder = home.resolve("bundles");
        if (!Files.isDirectory(folder)) {
            throw new IOException("the product has no bundles folder: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList().stream();
        }
    }

    /** The product version, from the launcher's Bundle-Version. */
    String version() {
        String v = manifest.getMainAttributes().getValue("Bundle-Version");
        return v == null ? "unknown" : v;
    }

    /** The contract packages the system bundle must export to the bundles. */
    String exportedPackages() {
        String exports = manifest.getMainAttributes().getValue("Export-Package");
        if (exports == null) {
            throw new IllegalStateException("the launcher manifest exports no contract package");
        }
        return exports;
    }

}

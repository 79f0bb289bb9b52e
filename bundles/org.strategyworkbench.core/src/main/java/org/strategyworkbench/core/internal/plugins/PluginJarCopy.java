package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes the copy of a plugin jar that is checked and installed: its entries as the zip's
 * central directory lists them (the view the signature check and the framework have), rewritten
 * with the manifest, under its exact name, first. Whatever a file holds besides (bytes in front of
 * the zip, local entries the directory does not list) is dropped, and a second manifest (a name
 * that only matches {@code META-INF/MANIFEST.MF} ignoring case, as some readers compare) is
 * refused. Then the copy is read the way FileInstall reads it ({@link JarInputStream}, from its
 * first bytes) and must name the same bundle as the central directory does.
 */
final class PluginJarCopy {

    static final String MANIFEST = "META-INF/MANIFEST.MF";

    private PluginJarCopy() {
    }

    /**
     * Writes the copy.
     *
     * @param source the jar as found in the plugins folder
     * @param target where the copy is written
     * @return why the jar cannot be installed, or empty when the copy was written and reads the same
     *         in every way
     * @throws IOException when the source cannot be read or the copy written
     */
    static Optional<String> write(Path source, Path target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            ZipEntry manifest = in.getEntry(MANIFEST);
            if (manifest == null || !MANIFEST.equals(manifest.getName())) {
                return Optional.of("not an OSGi bundle: it has no " + MANIFEST);
            }
            copy(in, manifest, out);
            Set<String> written = new HashSet<>(Set.of(MANIFEST));
            for (ZipEntry entry : Collections.list(in.entries())) {
                String name = entry.getName();
                if (!name.equals(MANIFEST) && (name.equalsIgnoreCase(MANIFEST) || name.equalsIgnoreCase("META-INF/"))
                        && !name.equals("META-INF/")) {
                    return Optional.of("it holds a second manifest, " + name);
                }
                if (written.add(name)) {   // the name twice: the first is the one every reader finds
                    copy(in, entry, out);
                }
            }
        }
        return sameBundleInEveryView(target);
    }

    private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream content = in.getInputStream(entry)) {
            content.transferTo(out);
        }
        out.closeEntry();
    }

    /** The copy's name and version as FileInstall reads them must be those the framework will see. */
    private static Optional<String> sameBundleInEveryView(Path copy) throws IOException {
        Manifest streamed;
        try (JarInputStream stream = new JarInputStream(Files.newInputStream(copy), false)) {
            streamed = stream.getManifest();
        }
        Manifest listed;
        try (JarFile file = new JarFile(copy.toFile(), false)) {
            listed = file.getManifest();
        }
        if (streamed == null || listed == null || !identity(streamed).equals(identity(listed))) {
            return Optional.of("its manifest reads differently depending on how the jar is read");
        }
        return Optional.empty();
    }

    private static String identity(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return main.getValue("Bundle-SymbolicName") + "@" + main.getValue("Bundle-Version");
    }
}

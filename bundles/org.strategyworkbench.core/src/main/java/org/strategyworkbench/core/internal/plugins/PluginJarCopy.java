package org.strategyworkbench.core.internal.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes the copy of a plugin jar that is checked and installed: its entries as the zip's
 * central directory lists them (the view the signature check and the framework's class loading
 * have), rewritten from the start with the manifest first. Whatever a file holds besides (bytes in
 * front of the zip, local entries the directory does not list) is dropped, so that FileInstall,
 * which reads a jar's name and version from its first bytes, sees the same manifest as everyone
 * else.
 */
final class PluginJarCopy {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private PluginJarCopy() {
    }

    /**
     * Writes the copy.
     *
     * @param source the jar as found in the plugins folder
     * @param target where the copy is written
     * @throws IOException when the source is not a readable zip
     */
    static void write(Path source, Path target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            List<? extends ZipEntry> entries = new ArrayList<>(Collections.list(in.entries()));
            entries.sort(Comparator.comparingInt(PluginJarCopy::rank));
            Set<String> written = new HashSet<>();
            for (ZipEntry entry : entries) {
                if (!written.add(entry.getName())) {
                    continue;   // the name twice: the first is the one every reader finds
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /** The manifest first, then the rest of META-INF (as jarsigner writes them), then the rest in order. */
    private static int rank(ZipEntry entry) {
        String name = entry.getName().toUpperCase(Locale.ROOT);
        if (name.equals(MANIFEST)) {
            return 0;
        }
        return name.startsWith("META-INF/") ? 1 : 2;
    }
}

package org.strategyworkbench.buildtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes the API jars plugin projects compile against: a copy of each product bundle holding only
 * its exported packages (and its manifest), so a plugin that uses a private package of the
 * workbench fails to compile, instead of failing to resolve once installed.
 *
 * <p>Usage: {@code ApiJars BUNDLES-DIR OUTPUT-DIR PREFIX}: every jar of {@code BUNDLES-DIR} whose
 * name starts with {@code PREFIX} is copied, stripped, to {@code OUTPUT-DIR} under the same name.
 */
public final class ApiJars {

    private ApiJars() {
    }

    /**
     * Writes the API jars.
     *
     * @param args the bundles folder, the output folder and the file name prefix of the product's bundles
     * @throws IOException when a bundle cannot be read or an API jar cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ApiJars BUNDLES-DIR OUTPUT-DIR PREFIX");
        }
        Path output = Files.createDirectories(Path.of(args[1]));
        try (Stream<Path> old = Files.list(output)) {
            for (Path jar : (Iterable<Path>) old.filter(f -> f.toString().endsWith(".jar"))::iterator) {
                Files.delete(jar);   // an API jar of an earlier version would be found first
            }
        }
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            bundles = files.filter(f -> f.getFileName().toString().startsWith(args[2]) && f.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path bundle : bundles) {
            strip(bundle, output.resolve(bundle.getFileName()));
        }
        System.out.println("api jars: " + bundles.size() + " in " + output);
    }

    /**
     * Copies a bundle with only the entries of its exported packages and its manifest.
     *
     * @param bundle the bundle jar
     * @param api where the API jar is written
     * @throws IOException when the bundle cannot be read or the API jar written
     */
    static void strip(Path bundle, Path api) throws IOException {
        try (JarFile in = new JarFile(bundle.toFile())) {
            Manifest manifest = in.getManifest();
            Set<String> folders = new TreeSet<>();
            String exports = manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
            for (String name : packageNames(exports)) {
                folders.add(name.replace('.', '/') + "/");
            }
            try (OutputStream file = Files.newOutputStream(api);
                 JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, manifest)) {
                for (JarEntry entry : Collections.list(in.entries())) {
                    if (!entry.isDirectory() && exported(entry.getName(), folders)) {
                        JarEntry copy = new JarEntry(entry.getName());
                        copy.setTime(entry.getTime());
                        out.putNextEntry(copy);
                        try (InputStream content = in.getInputStream(entry)) {
                            content.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
        }
    }

    /** Whether an entry lies directly in one of the folders (a package does not include its sub-packages). */
    private static boolean exported(String entry, Set<String> folders) {
        int slash = entry.lastIndexOf('/');
        return slash >= 0 && folders.contains(entry.substring(0, slash + 1));
    }

    /**
     * The package names of an Export-Package header, its attributes and directives dropped.
     *
     * @param header the header's value, or {@code null}
     * @return the names in header order; empty for {@code null}
     */
    static List<String> packageNames(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String clause = header.substring(start, i);
                names.add(clause.split(";", 2)[0].trim());
                start = i + 1;
            }
        }
        return names;
    }
}

package org.strategyworkbench.integration.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Writes small jars for the plugin tests; each appears in its folder at once (atomic move). */
final class TestJars {

    private TestJars() {
    }

    /** A bundle with the given symbolic name and extra manifest headers. */
    static Path bundle(Path folder, String symbolicName, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        headers.forEach(main::putValue);
        return write(folder, symbolicName + ".jar", manifest);
    }

    /** A plain jar with no bundle headers at all. */
    static Path plainJar(Path folder, String name) throws IOException {
        return write(folder, name, null);
    }

    private static Path write(Path folder, String name, Manifest manifest) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile("plugin-", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp);
             JarOutputStream jar = manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new ZipEntry("readme.txt"));
            jar.write("test plugin".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

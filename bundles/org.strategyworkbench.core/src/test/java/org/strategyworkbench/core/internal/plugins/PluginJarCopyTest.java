package org.strategyworkbench.core.internal.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarCopyTest {

    private static final String CLAIM = "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
            + "Bundle-SymbolicName: org.strategyworkbench.core\nBundle-Version: 0.1.0\n";

    @TempDir
    Path temp;

    @Test
    void bytesInFrontOfAJarAreDroppedSoEveryReaderSeesItsOwnManifest() throws Exception {
        Path jar = Jars.bundle(temp.resolve("plugin.jar"), "com.example.plugin", Map.of("a.txt", "a"));
        Path prefixed = temp.resolve("prefixed.jar");
        try (OutputStream out = Files.newOutputStream(prefixed)) {
            out.write(zip("META-INF/MANIFEST.MF", CLAIM));
            out.write(Files.readAllBytes(jar));
        }
        try (JarInputStream stream = new JarInputStream(Files.newInputStream(prefixed))) {
            assertEquals("org.strategyworkbench.core", stream.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"),
                    "the attack: a reader of the first bytes sees another bundle");
        }
        Path copy = temp.resolve("copy.jar");
        assertEquals(Optional.empty(), PluginJarCopy.write(prefixed, copy));
        try (JarInputStream stream = new JarInputStream(Files.newInputStream(copy)); JarFile file = new JarFile(copy.toFile())) {
            assertEquals("com.example.plugin", stream.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
            assertEquals("com.example.plugin", file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
        }
        try (ZipFile written = new ZipFile(copy.toFile())) {
            assertEquals("META-INF/MANIFEST.MF", written.entries().nextElement().getName(), "the manifest comes first");
        }
    }

    @Test
    void aSecondManifestUnderALookAlikeNameIsRefused() throws Exception {
        Path jar = Jars.bundle(temp.resolve("plugin.jar"), "com.example.plugin", Map.of("a.txt", "a"));
        // "ſ" (long s) upper-cases to "S": readers that compare names ignoring case take this for the manifest
        Path twoManifests = temp.resolve("two.jar");
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(twoManifests))) {
            out.putNextEntry(new ZipEntry("META-INF/MANIFE\u017fT.MF"));
            out.write(CLAIM.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.getInputStream(entry).readAllBytes());
                out.closeEntry();
            }
        }
        assertEquals(Optional.of("it holds a second manifest, META-INF/MANIFE\u017fT.MF"),
                PluginJarCopy.write(twoManifests, temp.resolve("copy.jar")));
        assertTrue(!JarSignatures.isSignatureFile("META-INF/MANIFE\u017fT.MF", java.util.Set.of()), "a look-alike is no manifest");
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

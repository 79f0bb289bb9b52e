package org.strategyworkbench.buildtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiJarsTest {

    @TempDir
    Path dir;

    @Test
    void exportHeadersAreSplitOnlyOutsideQuotes() {
        assertEquals(List.of("a.b", "a.c", "d"), ApiJars.packageNames(
                "a.b;uses:=\"x.y,x.z\";version=\"1.1.0\",a.c;version=\"1.0.0\", d"));
        assertEquals(List.of(), ApiJars.packageNames(null));
    }

    @Test
    void onlyTheExportedPackagesAndTheManifestAreKept() throws IOException {
        Path bundle = dir.resolve("org.example.core-0.1.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Export-Package", "org.example.core.api;uses:=\"org.example.core.spi,x\";version=\"1.0.0\"");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(bundle), manifest)) {
            for (String name : List.of("org/example/core/api/Thing.class", "org/example/core/api/impl/Hidden.class",
                    "org/example/core/internal/Engine.class", "OSGI-INF/org.example.core.internal.Engine.xml")) {
                out.putNextEntry(new JarEntry(name));
                out.write(1);
                out.closeEntry();
            }
        }
        Path api = dir.resolve("api.jar");
        ApiJars.strip(bundle, api);
        try (JarFile jar = new JarFile(api.toFile())) {
            assertEquals(List.of("META-INF/MANIFEST.MF", "org/example/core/api/Thing.class"),
                    Collections.list(jar.entries()).stream().map(JarEntry::getName).toList());
            assertEquals("1.0", jar.getManifest().getMainAttributes().getValue(Attributes.Name.MANIFEST_VERSION));
        }
    }
}

package org.strategyworkbench.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

    @TempDir
    Path folder;

    private Path jar(String name, String symbolicName) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        Path jar = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream stream = new JarOutputStream(out, manifest)) {
            stream.flush();
        }
        return jar;
    }

    @Test
    void onlyJarsWithABundleManifestAreInstalled() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a plugin");
        assertEquals("it is not a jar file (a plugin is a .jar, an OSGi bundle)", PluginInstaller.checkBundle(text));
        assertEquals("it is not an OSGi bundle (its manifest has no Bundle-SymbolicName)", PluginInstaller.checkBundle(jar("plain.jar", null)));
        assertNull(PluginInstaller.checkBundle(jar("plugin.jar", "com.example.national")));
    }
}

package org.strategyworkbench.workbench.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Packages a package of this test bundle ({@code ...tests.plugins.<name>}) as a plugin bundle of
 * its own, with its own class loader, and installs it.
 */
final class TestPlugins {

    private static final String BASE = "org/strategyworkbench/workbench/tests/plugins/";

    private TestPlugins() {
    }

    /** The jar of the plugin {@code name}: its classes, an activator and the imports it needs. */
    static byte[] jar(String name) throws IOException {
        Bundle self = FrameworkUtil.getBundle(TestPlugins.class);
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "test.plugin." + name);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Name", "Test plugin " + name);
        main.putValue("Bundle-Activator", BASE.replace('/', '.') + name + ".Activator");
        main.putValue("Import-Package", "javax.swing, org.osgi.framework, "
                + "org.strategyworkbench.workbench.contribution;version=\"[1.0,2)\", "
                + "org.strategyworkbench.workbench.service;version=\"[1.0,2)\", "
                + "org.strategyworkbench.core.problems;version=\"[1.0,2)\", org.strategyworkbench.core.workspace;version=\"[1.0,2)\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (URL entry : Collections.list(self.findEntries(BASE + name, "*.class", false))) {
                jar.putNextEntry(new ZipEntry(entry.getPath().substring(1)));
                try (InputStream in = entry.openStream()) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Installs and starts the plugin {@code name}. */
    static Bundle install(BundleContext context, String name) throws IOException, BundleException {
        Bundle bundle = context.installBundle("test:plugin:" + name, new ByteArrayInputStream(jar(name)));
        bundle.start();
        return bundle;
    }
}

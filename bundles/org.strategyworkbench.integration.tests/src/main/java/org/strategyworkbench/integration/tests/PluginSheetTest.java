package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.reporting.ReportService;

/** A delegation's plugin, dropped into the plugins folder, adds its sheet; deleted, the sheet goes. */
class PluginSheetTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ReportService reports;

    @Test
    void thePluginsSheetComesAndGoesWithItsJar() throws Exception {
        Path folder = Path.of(context.getProperty("strategyworkbench.plugins"));
        Files.createDirectories(folder);
        Path temp = Files.createTempFile("plugin", ".jar");
        try (InputStream jar = getClass().getResourceAsStream("/plugins/sample-delegation.jar")) {
            Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Path dropped = Files.move(temp, folder.resolve("sample-delegation.jar"), StandardCopyOption.ATOMIC_MOVE);
        try {
            Await.condition("the plugin's sheet to appear", () -> reports.sheetNames().contains("National activity"));
            int at = reports.sheetNames().indexOf("National activity");
            assertTrue(reports.sheetNames().get(at - 1).equals("Allies x commitments"), reports.sheetNames().toString());
        } finally {
            Files.delete(dropped);
        }
        Await.condition("the plugin's sheet to go", () -> !reports.sheetNames().contains("National activity"));
        assertFalse(reports.sheetNames().contains("National activity"));
    }
}

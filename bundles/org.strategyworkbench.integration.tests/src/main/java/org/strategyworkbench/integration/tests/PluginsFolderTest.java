package org.strategyworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.core.plugins.PluginDiagnostics;
import org.strategyworkbench.core.plugins.PluginStatus;

/** Bundles dropped into the plugins folder of the running product (Felix FileInstall). */
class PluginsFolderTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    PluginDiagnostics diagnostics;

    private Path folder() {
        return Path.of(context.getProperty("strategyworkbench.plugins"));
    }

    private Optional<Bundle> installedFrom(Path jar) {
        return Optional.ofNullable(context.getBundle(jar.toFile().toURI().normalize().toString()));
    }

    @Test
    void aDroppedBundleStartsAndDeletingItUninstallsIt() throws Exception {
        long dropped = System.nanoTime();
        Path jar = TestJars.bundle(folder(), "com.example.delegation.good", Map.of());
        Bundle bundle = Await.value("the dropped plugin to start",
                () -> installedFrom(jar).filter(b -> b.getState() == Bundle.ACTIVE));
        System.out.printf("plugin active %d ms after the drop%n", (System.nanoTime() - dropped) / 1_000_000);
        assertEquals("com.example.delegation.good", bundle.getSymbolicName());

        Files.delete(jar);
        // the framework forgets the location a moment before the bundle reaches UNINSTALLED
        Await.condition("the deleted plugin to be uninstalled", () -> bundle.getState() == Bundle.UNINSTALLED);
        assertEquals(Optional.empty(), installedFrom(jar));
    }

    @Test
    void aPluginThatCannotResolveIsReportedWithTheMissingRequirementAndTheHostKeepsRunning() throws Exception {
        Path jar = TestJars.bundle(folder(), "com.example.delegation.broken",
                Map.of("Import-Package", "com.example.national.api;version=\"[2,3)\""));
        try {
            Bundle bundle = Await.value("the broken plugin to be installed", () -> installedFrom(jar));
            String problem = Await.value("a diagnosis", () -> diagnostics.problem(bundle));
            assertTrue(problem.contains("osgi.wiring.package=com.example.national.api"), problem);
            assertEquals(Bundle.INSTALLED, bundle.getState());
            assertEquals(Bundle.ACTIVE, context.getBundle(0).getState(), "the framework keeps running");
            PluginStatus status = diagnostics.plugins().stream().filter(p -> p.file().equals(jar)).findFirst().orElseThrow();
            assertEquals(Optional.of(problem), status.problem());
            assertTrue(!status.active());
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    @Test
    void aPluginBuiltAgainstAnotherApiVersionIsToldWhatItNeedsAndWhatTheWorkbenchProvides() throws Exception {
        Path jar = TestJars.bundle(folder(), "com.example.delegation.future",
                Map.of("Import-Package", "org.strategyworkbench.workbench.contribution;version=\"[2.0,3)\""));
        try {
            Bundle bundle = Await.value("the incompatible plugin to be installed", () -> installedFrom(jar));
            String problem = Await.value("a diagnosis", () -> diagnostics.problem(bundle));
            assertTrue(problem.startsWith("needs package org.strategyworkbench.workbench.contribution [2.0.0,3.0.0);"
                    + " the workbench provides 1.0.0 (by org.strategyworkbench.workbench 0.1.0)"), problem);
        } finally {
            Files.deleteIfExists(jar);
        }
    }

    @Test
    void aJarThatIsNotABundleIsReportedAsSuch() throws Exception {
        Path jar = TestJars.plainJar(folder(), "national-tools.jar");
        try {
            PluginStatus status = Await.value("the plain jar to be diagnosed", () -> diagnostics.plugins().stream()
                    .filter(p -> p.file().equals(jar)).findFirst());
            assertEquals(-1, status.bundleId());
            assertTrue(status.problem().orElseThrow().contains("not an OSGi bundle"), status.toString());
        } finally {
            Files.deleteIfExists(jar);
        }
    }
}

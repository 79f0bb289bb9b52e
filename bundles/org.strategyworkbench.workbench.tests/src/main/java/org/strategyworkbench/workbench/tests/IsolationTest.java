package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.EventQueue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.Job;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.service.Workbench;
import org.strategyworkbench.workbench.tests.plugins.blocking.Activator;

/** A plugin that throws, or holds the UI thread, is contained and named; the host stays usable. */
class IsolationTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workbench workbench;

    @InjectService
    ErrorLog log;

    @Test
    void aViewThatThrowsShowsAPlaceholderNamingTheErrorAndItsBundle() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            log.clear();
            Bundle plugin = TestPlugins.install(context, "throwing");
            try {
                String view = org.strategyworkbench.workbench.tests.plugins.throwing.Activator.VIEW;
                window.await("part:" + view, true);
                assertTrue(WindowDriver.edt(() -> workbench.showView(view)));
                window.await("placeholder:" + view, true);
                LogEntry entry = WindowDriver.await("the failure in the error log", () -> log.entries().stream()
                        .filter(e -> e.message().contains(org.strategyworkbench.workbench.tests.plugins.throwing.Activator.MESSAGE))
                        .findFirst());
                assertEquals(LogEntry.Level.ERROR, entry.level());
                assertEquals("test.plugin.throwing 1.0.0", entry.bundle());
                assertTrue(entry.detail().contains("IllegalStateException"), entry.detail());

                assertTrue(WindowDriver.edt(() -> workbench.execute(org.strategyworkbench.workbench.tests.plugins.throwing.Activator.COMMAND)));
                WindowDriver.await("the command's failure in the error log", () -> log.entries().stream()
                        .filter(e -> e.message().contains("deliberately broken command") && e.bundle().startsWith("test.plugin.throwing"))
                        .findFirst());

                hostStillWorks(window);
            } finally {
                plugin.uninstall();
            }
        }
    }

    @Test
    void aJobAPluginStartedThroughItsCommandContextIsCancelledWhenThePluginStops() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            Bundle plugin = TestPlugins.install(context, "jobs");
            Job job;
            try {
                window.await("command:" + org.strategyworkbench.workbench.tests.plugins.jobs.Activator.COMMAND, true);
                assertTrue(WindowDriver.edt(() -> workbench.execute(org.strategyworkbench.workbench.tests.plugins.jobs.Activator.COMMAND)));
                job = WindowDriver.await("the plugin's job to run", () -> workbench.jobs().active().stream()
                        .filter(j -> j.name().equals(org.strategyworkbench.workbench.tests.plugins.jobs.Activator.JOB)).findFirst());
                assertEquals(Job.State.RUNNING, WindowDriver.await("the job to start",
                        () -> Optional.of(job.state()).filter(s -> s != Job.State.WAITING)));
            } finally {
                plugin.uninstall();
            }
            assertEquals(Job.State.CANCELED, job.completion().toCompletableFuture().get(5, java.util.concurrent.TimeUnit.SECONDS),
                    "a stopped plugin's job does not run on");
        }
    }

    @Test
    void aCommandThatHoldsTheUiThreadIsReportedWithItsBundleAndStack() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            log.clear();
            Bundle plugin = TestPlugins.install(context, "blocking");
            try {
                window.await("command:" + Activator.COMMAND, true);
                EventQueue.invokeLater(() -> workbench.execute(Activator.COMMAND));
                LogEntry freeze = WindowDriver.await("a freeze report", () -> log.entries().stream()
                        .filter(e -> e.message().contains("has not answered")).findFirst());
                assertEquals("test.plugin.blocking 1.0.0", freeze.bundle(), freeze.message());
                assertTrue(freeze.message().contains("Blocking Command"), freeze.message());
                assertTrue(freeze.detail().contains("Thread.sleep"), "the stack of the UI thread: " + freeze.detail());
                WindowDriver.await("the UI thread to answer again", () -> log.entries().stream()
                        .filter(e -> e.message().contains("answered again")).findFirst());
                hostStillWorks(window);
            } finally {
                plugin.uninstall();
            }
        }
    }

    @Test
    void aPluginDroppedIntoThePluginsFolderThatCannotRunIsExplainedInTheErrorLog() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            log.clear();
            java.nio.file.Path folder = java.nio.file.Path.of(context.getProperty("strategyworkbench.plugins"));
            java.nio.file.Files.createDirectories(folder);
            java.util.jar.Manifest manifest = new java.util.jar.Manifest();
            manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.national.broken");
            manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
            manifest.getMainAttributes().putValue("Import-Package", "com.example.national.api;version=\"[2,3)\"");
            java.nio.file.Path temp = java.nio.file.Files.createTempFile("plugin", ".tmp");
            try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(temp), manifest)) {
                jar.flush();
            }
            java.nio.file.Path dropped = java.nio.file.Files.move(temp, folder.resolve("broken.jar"),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try {
                LogEntry entry = WindowDriver.await("the explanation in the error log", () -> log.entries().stream()
                        .filter(e -> e.message().contains("does not run")).findFirst());
                assertEquals(LogEntry.Level.WARNING, entry.level());
                assertEquals("com.example.national.broken 1.0.0", entry.bundle());
                assertTrue(entry.message().contains("com.example.national.api"), entry.message());
            } finally {
                java.nio.file.Files.deleteIfExists(dropped);
            }
        }
    }

    /** The host still switches and resets perspectives (the Overview one: earlier tests may have left another chosen). */
    private void hostStillWorks(WindowDriver window) throws Exception {
        WindowDriver.click((javax.swing.AbstractButton) window.find("perspective:workbench.perspective.overview").orElseThrow());
        WindowDriver.awaitTrue("the Overview perspective", () -> workbench.activePerspective().equals(Optional.of("workbench.perspective.overview")));
        assertTrue(WindowDriver.edt(() -> workbench.showView("workbench.problems")));
        assertTrue(WindowDriver.edt(() -> workbench.execute("workbench.window.resetPerspective")));
        WindowDriver.awaitTrue("the perspective's views back", () -> {
            try {
                return window.allTabs().containsAll(List.of("workbench.overview", "workbench.problems", "workbench.properties"));
            } catch (Exception e) {
                return false;
            }
        });
        Optional<java.awt.Component> status = window.find("status:message");
        assertTrue(status.isPresent());
        assertFalse(window.errors().contains("Exception"), window.errors());
    }
}

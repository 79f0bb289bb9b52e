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

    private void hostStillWorks(WindowDriver window) throws Exception {
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

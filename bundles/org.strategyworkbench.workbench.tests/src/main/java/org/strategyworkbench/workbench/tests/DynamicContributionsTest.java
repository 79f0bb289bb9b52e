package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyworkbench.workbench.tests.WindowDriver.CTRL;
import static org.strategyworkbench.workbench.tests.WindowDriver.SHIFT;

import java.awt.event.KeyEvent;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.service.Workbench;
import org.strategyworkbench.workbench.tests.plugins.good.Activator;

/** A plugin's view, command, key binding and menu entry appear when it is installed and vanish with it. */
class DynamicContributionsTest {

    private static final int CYCLES = 100;

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workbench workbench;

    @InjectService
    ErrorLog log;

    @Test
    void aPluginsViewCommandKeyAndMenuEntryAppearAtOnceAndGoWithIt() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            assertFalse(window.menus().contains("National"));
            log.clear();
            Bundle plugin = TestPlugins.install(context, "good");

            window.await("part:" + Activator.VIEW, true);
            assertTrue(window.tabs("right").contains(Activator.VIEW), "the view opens in the area it asks for: " + window.allTabs());
            window.await("command:" + Activator.COMMAND, true);
            assertTrue(window.menus().contains("National"), "a plugin's own menu: " + window.menus());

            System.clearProperty(Activator.EXECUTED);
            window.press(CTRL, SHIFT, KeyEvent.VK_F9);
            WindowDriver.awaitTrue("the key binding to run the command", () -> "1".equals(System.getProperty(Activator.EXECUTED)));

            plugin.uninstall();
            window.await("part:" + Activator.VIEW, false);
            window.await("command:" + Activator.COMMAND, false);
            assertFalse(window.menus().contains("National"), "the plugin's menu is gone: " + window.menus());
            window.press(CTRL, SHIFT, KeyEvent.VK_F9);
            Thread.sleep(300);
            assertEquals("1", System.getProperty(Activator.EXECUTED), "the key binding is gone too");
            Thread.sleep(300);
            assertEquals(List.of(), log.entries().stream().filter(e -> e.level() == LogEntry.Level.ERROR).map(LogEntry::message).toList(),
                    "the window took the plugin's menu entry and toolbar button away without an error");
        }
    }

    @Test
    void installingAndUninstallingAHundredTimesLeaksNoThreadOrClassLoader() throws Exception {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        try (WindowDriver window = WindowDriver.open(context)) {
            List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
            int threadsBefore = 0;
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                if (cycle == 5) {
                    // after a few cycles every lazily started pool and timer of the host exists
                    threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
                }
                Bundle plugin = TestPlugins.install(context, "good");
                loaders.add(new WeakReference<>(plugin.adapt(BundleWiring.class).getClassLoader()));
                window.await("part:" + Activator.VIEW, true);
                window.await("command:" + Activator.COMMAND, true);
                assertTrue(WindowDriver.edt(() -> workbench.showView(Activator.VIEW)));
                assertTrue(WindowDriver.edt(() -> workbench.execute(Activator.COMMAND)));
                plugin.uninstall();
                refresh(wiring, plugin);
                window.await("part:" + Activator.VIEW, false);
                window.await("command:" + Activator.COMMAND, false);
            }
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            long retained = retained(loaders);
            System.out.printf("%d install/uninstall cycles: threads %d -> %d, plugin class loaders still reachable: %d%n",
                    CYCLES, threadsBefore, threadsAfter, retained);
            assertTrue(threadsAfter <= threadsBefore + 2, "threads grew from " + threadsBefore + " to " + threadsAfter);
            // Swing may hold the very last plugin's components until the next focus or paint event
            assertTrue(retained <= 1, retained + " of " + CYCLES + " plugin class loaders are still reachable");
        }
    }

    private static void refresh(FrameworkWiring wiring, Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        wiring.refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        assertTrue(done.await(15, TimeUnit.SECONDS), "refresh");
    }

    private static long retained(List<WeakReference<ClassLoader>> loaders) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            if (loaders.stream().allMatch(r -> r.get() == null)) {
                break;
            }
        }
        return loaders.stream().filter(r -> r.get() != null).count();
    }
}

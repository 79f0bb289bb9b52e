package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyworkbench.workbench.tests.WindowDriver.CTRL;
import static org.strategyworkbench.workbench.tests.WindowDriver.SHIFT;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JTextField;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.service.Workbench;
import org.strategyworkbench.workbench.tests.plugins.good.Activator;

/** The window as a user meets it: layout kept across starts, reset, themes, palette, perspectives, undo. */
class WindowTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workbench workbench;

    @InjectService
    Workspace workspace;

    /** Each test starts from the default layout and the light theme, as on a first start. */
    @org.junit.jupiter.api.BeforeEach
    void defaultLayout() throws java.io.IOException {
        Files.deleteIfExists(layoutFile());
    }

    private Path layoutFile() {
        return Path.of(context.getProperty("strategyworkbench.settings"), "layout.properties");
    }

    @Test
    void aPluginsCheckShowsItsProblemsAsItArrivesAndTakesThemAwayAsItGoes() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            assertTrue(WindowDriver.edt(() -> workbench.showView("workbench.problems")));
            javax.swing.JTable problems = (javax.swing.JTable) WindowDriver.await("the Problems table", () -> window.find("problems:table"));
            String message = org.strategyworkbench.workbench.tests.plugins.checks.Activator.MESSAGE;
            Bundle plugin = TestPlugins.install(context, "checks");
            try {
                WindowDriver.awaitTrue("the plugin's problem, without any edit", () -> listed(problems, message));
            } finally {
                plugin.uninstall();
            }
            WindowDriver.awaitTrue("the plugin's problem to go with it", () -> !listed(problems, message));
        }
    }

    private static boolean listed(javax.swing.JTable table, String message) {
        try {
            return WindowDriver.edt(() -> {
                for (int row = 0; row < table.getModel().getRowCount(); row++) {
                    if (message.equals(String.valueOf(table.getModel().getValueAt(row, 1)))) {
                        return true;
                    }
                }
                return false;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aClosedViewStaysClosedAfterARestartAndResetBringsBackEveryViewPluginsIncluded() throws Exception {
        Bundle plugin = TestPlugins.install(context, "good");
        try {
            String perspective;
            try (WindowDriver window = WindowDriver.open(context)) {
                perspective = WindowDriver.edt(workbench::activePerspective).orElseThrow();
                WindowDriver.edt(() -> workbench.execute("workbench.window.resetPerspective"));
                window.await("part:" + Activator.VIEW, true);
                assertTrue(WindowDriver.edt(() -> workbench.showView("workbench.problems")));
                assertTrue(WindowDriver.edt(() -> workbench.execute("workbench.view.close")));
                window.await("part:workbench.problems", false);
                assertTrue(WindowDriver.edt(() -> workbench.showView(Activator.VIEW)));
                assertTrue(WindowDriver.edt(() -> workbench.execute("workbench.view.close")));
                window.await("part:" + Activator.VIEW, false);
            }
            WindowDriver.awaitTrue("the layout to be saved", () -> read(layoutFile()).contains("workbench.problems"));
            String saved = read(layoutFile());
            assertTrue(saved.contains(perspective + ".closed="), saved);
            assertFalse(saved.contains("workbench.overview,"), "only the user's changes are saved: " + saved);

            try (WindowDriver window = WindowDriver.open(context)) {
                window.await("part:workbench.overview", true);
                assertFalse(window.allTabs().contains("workbench.problems"), "closed by the user: " + window.allTabs());
                assertFalse(window.allTabs().contains(Activator.VIEW), "closed by the user: " + window.allTabs());
                assertTrue(WindowDriver.edt(() -> workbench.execute("workbench.window.resetPerspective")));
                window.await("part:workbench.problems", true);
                window.await("part:" + Activator.VIEW, true);
            }
            WindowDriver.awaitTrue("the reset to be saved", () -> !read(layoutFile()).contains(".closed="));
        } finally {
            plugin.uninstall();
        }
    }

    @Test
    void theDarkThemeAppliesToTheOpenWindowAndIsKeptForTheNextStart() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            assertTrue(WindowDriver.edt(() -> workbench.execute("workbench.view.theme")));
            assertEquals("FlatLaf Dark", WindowDriver.edt(() -> UIManager.getLookAndFeel().getName()));
            java.awt.Component status = window.find("status").orElseThrow();
            java.awt.Color background = WindowDriver.edt(status::getBackground);
            assertTrue(background.getRed() < 100, "the open window is dark too: " + background);
        }
        try (WindowDriver window = WindowDriver.open(context)) {
            assertEquals("FlatLaf Dark", WindowDriver.edt(() -> UIManager.getLookAndFeel().getName()));
            assertTrue(WindowDriver.edt(() -> workbench.execute("workbench.view.theme")));
            assertEquals("FlatLaf Light", WindowDriver.edt(() -> UIManager.getLookAndFeel().getName()));
        }
    }

    @Test
    void theCommandPaletteFindsAndRunsACommandFromTheKeyboard() throws Exception {
        Bundle plugin = TestPlugins.install(context, "good");
        try (WindowDriver window = WindowDriver.open(context)) {
            window.await("command:" + Activator.COMMAND, true);
            System.clearProperty(Activator.EXECUTED);
            window.press(CTRL, SHIFT, KeyEvent.VK_P);
            JDialog palette = WindowDriver.await("the command palette", () -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof JDialog d && "palette".equals(d.getName()) && d.isShowing()) {
                        return Optional.of(d);
                    }
                }
                return Optional.empty();
            });
            WindowDriver.edt(() -> {
                JTextField query = (JTextField) find(palette, "palette:query");
                query.setText("good com");
                return null;
            });
            Robot.enter();
            WindowDriver.awaitTrue("the chosen command to run", () -> "1".equals(System.getProperty(Activator.EXECUTED)));
            assertFalse(WindowDriver.edt(palette::isShowing));
        } finally {
            plugin.uninstall();
        }
    }

    @Test
    void switchingPerspectivesShowsTheirViewsAndUndoRevertsTheLastEdit() throws Exception {
        try (WindowDriver window = WindowDriver.open(context)) {
            AbstractButton plugins = (AbstractButton) window.find("perspective:workbench.perspective.plugins").orElseThrow();
            WindowDriver.edt(() -> {
                plugins.doClick();
                return null;
            });
            window.await("part:workbench.plugins", true);
            assertEquals(Optional.of("workbench.perspective.plugins"), WindowDriver.edt(workbench::activePerspective));
            assertFalse(window.allTabs().contains("workbench.overview"));
            assertTrue(window.tabs("bottom").contains("workbench.errorLog"), window.allTabs().toString());

            Ally latvia = workspace.snapshot().get(AllyType.TYPE, "LVA").orElseThrow();
            MaturityTier before = latvia.tier();
            MaturityTier after = before == MaturityTier.EMERGING ? MaturityTier.ADVANCED : MaturityTier.EMERGING;
            workspace.apply(Edit.named("Reassess Latvia").put(AllyType.TYPE, latvia.withTier(after)).build());
            window.press(CTRL, KeyEvent.VK_Z);
            WindowDriver.awaitTrue("Ctrl+Z to undo the edit",
                    () -> workspace.snapshot().get(AllyType.TYPE, "LVA").orElseThrow().tier() == before);
            window.press(CTRL, KeyEvent.VK_Y);
            WindowDriver.awaitTrue("Ctrl+Y to redo it",
                    () -> workspace.snapshot().get(AllyType.TYPE, "LVA").orElseThrow().tier() == after);

            AbstractButton overview = (AbstractButton) window.find("perspective:workbench.perspective.overview").orElseThrow();
            WindowDriver.edt(() -> {
                overview.doClick();
                return null;
            });
            window.await("part:workbench.overview", true);
        }
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container container) {
                java.awt.Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Presses Enter wherever the focus is. */
    private static final class Robot {
        static void enter() throws Exception {
            java.awt.Robot robot = new java.awt.Robot();
            robot.setAutoDelay(20);
            robot.keyPress(KeyEvent.VK_ENTER);
            robot.keyRelease(KeyEvent.VK_ENTER);
            robot.waitForIdle();
        }
    }
}

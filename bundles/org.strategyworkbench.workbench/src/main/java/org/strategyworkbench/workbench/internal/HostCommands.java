package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;

/**
 * The workbench's own commands, registered as command services like any plugin's while the window
 * is open: exit, undo and redo of workspace edits, the command palette, perspectives, views,
 * themes, preferences, help.
 */
final class HostCommands implements AutoCloseable {

    private final List<ServiceRegistration<CommandHandler>> registrations = new ArrayList<>();
    private final WorkbenchImpl workbench;
    private final Workspace workspace;
    private final Contributions contributions;

    HostCommands(BundleContext context, WorkbenchImpl workbench, Workspace workspace, Contributions contributions) {
        this.workbench = workbench;
        this.workspace = workspace;
        this.contributions = contributions;
        register(context, "workbench.file.exit", "Exit", "Close the workbench", "ctrl Q", "file/zz-exit", 1000,
                c -> withWindow(w -> w.frame().dispose()));
        register(context, "workbench.edit.undo", "Undo", "Undo the last change to the workspace", "ctrl Z", "edit/undo", 10,
                c -> undo(), c -> workspace.undoLabel().isPresent(), "UNDO", "toolbar");
        register(context, "workbench.edit.redo", "Redo", "Redo the change undone last", "ctrl Y", "edit/undo", 20,
                c -> redo(), c -> workspace.redoLabel().isPresent(), "REDO", "toolbar");
        register(context, "workbench.window.palette", "Command Palette…", "Find and run any command, view or perspective",
                "ctrl shift P", "window/palette", 30, c -> withWindow(w -> CommandPalette.open(w.frame(), w.paletteEntries())),
                c -> true, "SEARCH", "toolbar");
        register(context, "workbench.window.resetPerspective", "Reset Perspective",
                "Put the current perspective's views back where it places them", "", "window/perspective", 10,
                c -> withWindow(WorkbenchWindow::resetPerspective));
        register(context, "workbench.window.preferences", "Preferences…", "Settings of the workbench and its plugins", "ctrl COMMA",
                "window/preferences", 100, c -> withWindow(w -> PreferencesDialog.open(w, contributions)));
        register(context, "workbench.view.theme", "Toggle Dark Theme", "Switch between the light and the dark theme", "ctrl shift T",
                "view/theme", 10, c -> withWindow(w -> w.theme("dark".equals(w.themeName()) ? "light" : "dark", true)));
        register(context, "workbench.view.maximize", "Maximize or Restore View", "Give the active view the whole window, or restore",
                "ctrl M", "window/view", 20, c -> withWindow(WorkbenchWindow::toggleMaximized));
        register(context, "workbench.view.close", "Close View", "Close the active view or editor", "ctrl W", "window/view", 30,
                c -> withWindow(WorkbenchWindow::closeActivePart));
        register(context, "workbench.view.next", "Next View", "Move the focus to the next view", "ctrl F7", "window/view", 40,
                c -> withWindow(HostCommands::nextView));
        register(context, "workbench.help.keys", "Keyboard Shortcuts", "Every command with its key binding", "ctrl shift SLASH",
                "help/keys", 10, c -> withWindow(this::keys));
        register(context, "workbench.help.about", "About Strategy Workbench", "Version and licence", "", "help/about", 100,
                c -> withWindow(w -> JOptionPane.showMessageDialog(w.frame(), "Strategy Workbench "
                        + context.getProperty("strategyworkbench.version")
                        + "\nTracks how a strategy is implemented, until every commitment becomes a decision and action."
                        + "\n\nWorkspace: " + workspace.folder()
                        + "\nBundles: " + context.getBundles().length + " on Apache Felix " + context.getBundle(0).getVersion()
                        + "\nJava: " + System.getProperty("java.vendor") + " " + System.getProperty("java.version")
                        + "\nLook and feel: " + javax.swing.UIManager.getLookAndFeel().getName(), "About Strategy Workbench",
                        JOptionPane.INFORMATION_MESSAGE)));
    }

    /** Unregisters the commands. */
    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    private void register(BundleContext context, String id, String label, String description, String keys, String location,
            int rank, Handler execute) {
        register(context, id, label, description, keys, location, rank, execute, c -> true, "");
    }

    private void register(BundleContext context, String id, String label, String description, String keys, String location,
            int rank, Handler execute, Predicate<CommandContext> enabled, String glyph, String... more) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(CommandProperties.ID, id);
        properties.put(CommandProperties.PREFIX_ + "label", label);
        properties.put(CommandProperties.PREFIX_ + "description", description);
        properties.put(CommandProperties.PREFIX_ + "category", "Workbench");
        properties.put(CommandProperties.PREFIX_ + "keys", keys);
        String[] locations = new String[1 + more.length];
        locations[0] = location;
        System.arraycopy(more, 0, locations, 1, more.length);
        properties.put(CommandProperties.PREFIX_ + "locations", locations);
        properties.put(CommandProperties.PREFIX_ + "rank", rank);
        if (!glyph.isEmpty()) {
            properties.put(CommandProperties.PREFIX_ + "icon", Icons.GLYPH + glyph);
        }
        registrations.add(context.registerService(CommandHandler.class, new CommandHandler() {
            @Override
            public void execute(CommandContext c) throws Exception {
                execute.run(c);
            }

            @Override
            public boolean isEnabled(CommandContext c) {
                return enabled.test(c);
            }
        }, properties));
    }

    private void withWindow(Consumer<WorkbenchWindow> action) {
        workbench.window().ifPresent(action);
    }

    private void undo() {
        workspace.undo().ifPresentOrElse(
                entry -> withWindow(w -> w.status().message(entry.label() + " — done (Ctrl+Y to redo)")),
                () -> withWindow(w -> w.status().message("Nothing to undo")));
    }

    private void redo() {
        workspace.redo().ifPresentOrElse(
                entry -> withWindow(w -> w.status().message(entry.label() + " — done")),
                () -> withWindow(w -> w.status().message("Nothing to redo")));
    }

    private static void nextView(WorkbenchWindow window) {
        List<PartHolder> parts = window.docking().parts();
        if (parts.isEmpty()) {
            return;
        }
        PartHolder active = window.docking().activePart();
        int index = parts.indexOf(active);
        window.docking().activate(parts.get((index + 1) % parts.size()));
    }

    private void keys(WorkbenchWindow window) {
        List<Object[]> rows = new ArrayList<>();
        for (Contribution<?> command : contributions.all(Contribution.Kind.COMMAND)) {
            KeyStroke stroke = KeyStroke.getKeyStroke(command.string("keys", ""));
            rows.add(new Object[] {command.string("label", command.id()), stroke == null ? "" : CommandBar.describe(stroke),
                    command.string("category", "General")});
        }
        rows.sort((a, b) -> String.valueOf(a[0]).compareToIgnoreCase(String.valueOf(b[0])));
        JTable table = new JTable(rows.toArray(new Object[0][]), new Object[] {"Command", "Keys", "Category"});
        table.setEnabled(false);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(560, 380));
        javax.swing.JPanel panel = new javax.swing.JPanel(new BorderLayout(0, 8));
        panel.add(new javax.swing.JLabel("Every command is also in the command palette (Ctrl+Shift+P)."), BorderLayout.NORTH);
        panel.add(scroll, BorderLayout.CENTER);
        JOptionPane.showMessageDialog(window.frame(), panel, "Keyboard Shortcuts", JOptionPane.PLAIN_MESSAGE);
    }

    /** A command's action. */
    @FunctionalInterface
    private interface Handler {
        void run(CommandContext context) throws Exception;
    }
}

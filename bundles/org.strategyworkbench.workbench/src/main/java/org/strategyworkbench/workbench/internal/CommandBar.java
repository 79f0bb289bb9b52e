package org.strategyworkbench.workbench.internal;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.osgi.framework.Bundle;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * The window's commands: the menu bar, the toolbar and the key bindings, built from the live
 * command services and rebuilt when they change; running a command (guarded, checked for being
 * enabled) and telling the user what became of it. Event thread only.
 */
final class CommandBar {

    private static final List<String> MENU_ORDER = List.of("file", "edit", "view", "tools", "window", "help");
    private static final String UNDO = "workbench.edit.undo";
    private static final String REDO = "workbench.edit.redo";

    private final JFrame frame;
    private final JToolBar toolbar;
    private final Contributions contributions;
    private final Guard guard;
    private final ErrorLogImpl log;
    private final StatusLine status;
    private final Workspace workspace;
    private final Function<Contribution<?>, Object> service;
    private final Function<Bundle, CommandContext> context;
    private final Supplier<List<JMenu>> windowMenus;
    private final Set<KeyStroke> boundKeys = new HashSet<>();
    private boolean dirty;
    private boolean closed;

    /**
     * @param service the handler service of a command, got once and held by the window
     * @param context what a command runs against now
     * @param windowMenus the window's own submenus at the top of the Window menu
     */
    CommandBar(JFrame frame, JToolBar toolbar, Contributions contributions, Guard guard, ErrorLogImpl log, StatusLine status,
            Workspace workspace, Function<Contribution<?>, Object> service, Function<Bundle, CommandContext> context,
            Supplier<List<JMenu>> windowMenus) {
        this.frame = frame;
        this.toolbar = toolbar;
        this.contributions = contributions;
        this.guard = guard;
        this.log = log;
        this.status = status;
        this.workspace = workspace;
        this.service = service;
        this.context = context;
        this.windowMenus = windowMenus;
    }

    /** Stops rebuilding; the window is closing. */
    void close() {
        closed = true;
    }

    /** Rebuilds on the next event, once for all the changes that arrive together. */
    void schedule() {
        if (!dirty) {
            dirty = true;
            SwingUtilities.invokeLater(this::rebuild);
        }
    }

    /** Rebuilds the menu bar, the toolbar and the key bindings from the live commands. */
    void rebuild() {
        dirty = false;
        if (closed) {
            return;
        }
        List<Contribution<?>> commands = contributions.all(Contribution.Kind.COMMAND);
        Map<String, KeyStroke> keys = new HashMap<>();
        Map<KeyStroke, Contribution<?>> taken = new HashMap<>();
        for (Contribution<?> command : commands) {
            String text = command.string("keys", "");
            if (text.isEmpty()) {
                continue;
            }
            KeyStroke stroke = KeyStroke.getKeyStroke(text);
            if (stroke == null) {
                log.log(LogEntry.Level.WARNING, command.bundle(), "The key binding '" + text + "' of the command '" + command.id()
                        + "' is not valid (write it like 'ctrl shift N')", null);
            } else if (taken.containsKey(stroke)) {
                log.log(LogEntry.Level.WARNING, command.bundle(), "The key binding '" + text + "' of the command '" + command.id()
                        + "' is already taken by '" + taken.get(stroke).id() + "'", null);
            } else {
                taken.put(stroke, command);
                keys.put(command.id(), stroke);
            }
        }
        // menus: top-level menus by id, groups inside them, ordered by rank then label
        Map<String, TreeMap<String, List<Contribution<?>>>> menus = new LinkedHashMap<>();
        MENU_ORDER.forEach(m -> menus.put(m, new TreeMap<>()));
        List<Contribution<?>> toolbarCommands = new ArrayList<>();
        Set<String> inMenus = new HashSet<>();
        for (Contribution<?> command : commands) {
            for (String location : command.strings("locations")) {
                if (location.equalsIgnoreCase("toolbar")) {
                    toolbarCommands.add(command);
                    continue;
                }
                String[] parts = location.split("/", 2);
                String menu = parts[0].trim().toLowerCase(Locale.ROOT);
                String group = parts.length > 1 ? parts[1].trim() : "";
                if (!MENU_ORDER.contains(menu) && !menus.containsKey(menu)) {
                    // a plugin's own menu goes before Window and Help
                    Map<String, TreeMap<String, List<Contribution<?>>>> reordered = new LinkedHashMap<>();
                    menus.forEach((k, v) -> {
                        if (k.equals("window")) {
                            reordered.put(menu, new TreeMap<>());
                        }
                        reordered.put(k, v);
                    });
                    menus.clear();
                    menus.putAll(reordered);
                }
                menus.get(menu).computeIfAbsent(group, g -> new ArrayList<>()).add(command);
                inMenus.add(command.id());
            }
        }
        Comparator<Contribution<?>> order = Comparator.<Contribution<?>>comparingInt(c -> c.integer("rank", 100))
                .thenComparing(c -> c.string("label", c.id()));
        JMenuBar bar = new JMenuBar();
        bar.setName("menubar");
        for (Map.Entry<String, TreeMap<String, List<Contribution<?>>>> menu : menus.entrySet()) {
            JMenu jmenu = new JMenu(menuLabel(menu.getKey()));
            jmenu.setName("menu:" + menu.getKey());
            setMnemonic(jmenu, bar);
            if (menu.getKey().equals("window")) {
                windowMenus.get().forEach(jmenu::add);
                jmenu.addSeparator();
            }
            boolean first = true;
            for (List<Contribution<?>> group : menu.getValue().values()) {
                if (!first) {
                    jmenu.addSeparator();
                }
                first = false;
                group.sort(order);
                for (Contribution<?> command : group) {
                    JMenuItem item = new JMenuItem(new CommandAction(command));
                    item.setName("command:" + command.id());
                    item.setAccelerator(keys.get(command.id()));
                    item.setIcon(Icons.fromBundle(command.bundle(), command.string("icon", ""), null));
                    jmenu.add(item);
                }
            }
            if (jmenu.getMenuComponentCount() > 0) {
                jmenu.addMenuListener(new EnablementUpdater(jmenu));
                bar.add(jmenu);
            }
        }
        frame.setJMenuBar(bar);
        // key bindings of commands without a menu entry
        InputMap inputs = frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        javax.swing.ActionMap actions = frame.getRootPane().getActionMap();
        for (KeyStroke stroke : boundKeys) {
            Object name = inputs.get(stroke);
            inputs.remove(stroke);
            if (name != null) {
                actions.remove(name);
            }
        }
        boundKeys.clear();
        for (Contribution<?> command : commands) {
            KeyStroke stroke = keys.get(command.id());
            if (stroke != null && !inMenus.contains(command.id())) {
                inputs.put(stroke, "command:" + command.id());
                actions.put("command:" + command.id(), new CommandAction(command));
                boundKeys.add(stroke);
            }
        }
        toolbar.removeAll();
        toolbarCommands.sort(order);
        for (Contribution<?> command : toolbarCommands) {
            JButton button = new JButton(new CommandAction(command));
            button.setName("toolbar:" + command.id());
            button.setFocusable(false);
            Icon icon = Icons.fromBundle(command.bundle(), command.string("icon", ""), null);
            if (icon != null) {
                button.setIcon(icon);
                button.setHideActionText(true);
            }
            KeyStroke stroke = keys.get(command.id());
            button.setToolTipText(command.string("label", command.id()) + (stroke == null ? "" : " (" + describe(stroke) + ")"));
            toolbar.add(button);
        }
        toolbar.revalidate();
        toolbar.repaint();
        frame.getRootPane().revalidate();
        updateToolbar();
    }

    /** Greys out the toolbar buttons of commands that cannot run now (after every change and command). */
    void updateToolbar() {
        if (closed) {
            return;
        }
        for (Component c : toolbar.getComponents()) {
            if (c instanceof AbstractButton button && button.getAction() instanceof CommandAction action) {
                button.setEnabled(isEnabled(action.command, context.apply(action.command.bundle())));
            }
        }
    }

    /** Whether a command can run now; a handler that cannot be got or throws counts as disabled. */
    private boolean isEnabled(Contribution<?> command, CommandContext ctx) {
        Guard.Result<Boolean> enabled = guard.call(command.bundle(), "Command '" + command.id() + "' (isEnabled)",
                () -> ((CommandHandler) service.apply(command)).isEnabled(ctx));
        return enabled.ok() && Boolean.TRUE.equals(enabled.value());
    }

    private static String menuLabel(String id) {
        return switch (id) {
            case "file" -> "File";
            case "edit" -> "Edit";
            case "view" -> "View";
            case "tools" -> "Tools";
            case "window" -> "Window";
            case "help" -> "Help";
            default -> id.isEmpty() ? "Other" : Character.toUpperCase(id.charAt(0)) + id.substring(1);
        };
    }

    private static void setMnemonic(JMenu menu, JMenuBar bar) {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            used.add(bar.getMenu(i).getMnemonic());
        }
        for (char c : menu.getText().toUpperCase(Locale.ROOT).toCharArray()) {
            int code = KeyEvent.getExtendedKeyCodeForChar(c);
            if (Character.isLetter(c) && !used.contains(code)) {
                menu.setMnemonic(code);
                return;
            }
        }
    }

    static String describe(KeyStroke stroke) {
        String modifiers = KeyEvent.getModifiersExText(stroke.getModifiers());
        String key = switch (stroke.getKeyCode()) {
            case KeyEvent.VK_COMMA -> ",";
            case KeyEvent.VK_SLASH -> "/";
            case KeyEvent.VK_PERIOD -> ".";
            default -> KeyEvent.getKeyText(stroke.getKeyCode());
        };
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }

    /** Runs a command by id; false when it does not exist or is disabled now. */
    boolean execute(String id) {
        Optional<Contribution<?>> command = contributions.find(Contribution.Kind.COMMAND, id);
        return command.isPresent() && execute(command.get());
    }

    private boolean execute(Contribution<?> command) {
        String label = command.string("label", command.id());
        CommandContext context = this.context.apply(command.bundle());
        Guard.Result<CommandHandler> handler = guard.call(command.bundle(), "Command '" + label + "'",
                () -> (CommandHandler) service.apply(command));
        if (!handler.ok()) {
            status.notify(LogEntry.Level.ERROR, "'" + label + "' is not available: " + Guard.message(handler.failure()));
            return false;
        }
        Guard.Result<Boolean> enabled = guard.call(command.bundle(), "Command '" + label + "' (isEnabled)",
                () -> handler.value().isEnabled(context));
        if (!enabled.ok() || !Boolean.TRUE.equals(enabled.value())) {
            status.message("'" + label + "' is not available now");
            return false;
        }
        Guard.Result<Void> run = guard.run(command.bundle(), "Command '" + label + "'", () -> handler.value().execute(context));
        if (!run.ok()) {
            status.notify(LogEntry.Level.ERROR, "'" + label + "' failed: " + Guard.message(run.failure()));
        }
        updateToolbar();
        return true;
    }

    /** The commands, for the command palette. */
    List<CommandPalette.Entry> paletteEntries() {
        List<CommandPalette.Entry> entries = new ArrayList<>();
        for (Contribution<?> c : contributions.all(Contribution.Kind.COMMAND)) {
            KeyStroke stroke = KeyStroke.getKeyStroke(c.string("keys", ""));
            String id = c.id();
            entries.add(new CommandPalette.Entry(c.string("label", id), c.string("category", "General"),
                    stroke == null ? "" : describe(stroke), c.string("description", ""), () -> execute(id)));
        }
        return entries;
    }

    /** Runs a command chosen in a menu, on the toolbar or with its key. */
    private final class CommandAction extends AbstractAction {
        private static final long serialVersionUID = 1L;
        private final transient Contribution<?> command;

        CommandAction(Contribution<?> command) {
            super(command.string("label", command.id()));
            this.command = command;
            putValue(SHORT_DESCRIPTION, command.string("description", null));
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            execute(command);
        }
    }

    /** Greys out the entries of disabled commands while a menu is open, and labels undo and redo. */
    private final class EnablementUpdater implements MenuListener {
        private final JMenu menu;

        EnablementUpdater(JMenu menu) {
            this.menu = menu;
        }

        @Override
        public void menuSelected(MenuEvent e) {
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof JMenuItem mi && mi.getAction() instanceof CommandAction action) {
                    Contribution<?> c = action.command;
                    mi.setEnabled(isEnabled(c, context.apply(c.bundle())));
                    if (c.id().equals(UNDO)) {
                        mi.setText(workspace.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
                    } else if (c.id().equals(REDO)) {
                        mi.setText(workspace.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
                    }
                }
            }
        }

        @Override
        public void menuDeselected(MenuEvent e) {
            // key bindings must keep working when the menu is closed: execution checks again
            for (Component item : menu.getMenuComponents()) {
                if (item instanceof AbstractButton b && b.getAction() instanceof CommandAction) {
                    b.setEnabled(true);
                }
            }
        }

        @Override
        public void menuCanceled(MenuEvent e) {
            menuDeselected(e);
        }
    }
}

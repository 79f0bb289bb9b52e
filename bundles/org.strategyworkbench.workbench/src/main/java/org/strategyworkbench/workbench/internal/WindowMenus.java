package org.strategyworkbench.workbench.internal;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/**
 * The Window menu's Show View and Perspective submenus, filled from the live contributions each
 * time they open, so a plugin's views and perspectives are listed as soon as they are there.
 */
final class WindowMenus {

    private final Contributions contributions;
    private final Consumer<String> showView;
    private final Supplier<List<Contribution<?>>> perspectives;
    private final Supplier<String> current;
    private final Consumer<String> choosePerspective;

    WindowMenus(Contributions contributions, Consumer<String> showView, Supplier<List<Contribution<?>>> perspectives,
            Supplier<String> current, Consumer<String> choosePerspective) {
        this.contributions = contributions;
        this.showView = showView;
        this.perspectives = perspectives;
        this.current = current;
        this.choosePerspective = choosePerspective;
    }

    /** Both submenus, new each time (a menu belongs to one menu bar). */
    List<JMenu> menus() {
        return List.of(showViewMenu(), perspectiveMenu());
    }

    private JMenu showViewMenu() {
        return filledOnOpening("Show View", "menu:show-view", KeyEvent.VK_V, menu -> {
            Map<String, List<Contribution<?>>> byCategory = new TreeMap<>();
            for (Contribution<?> view : contributions.all(Contribution.Kind.VIEW)) {
                byCategory.computeIfAbsent(view.string("category", "General"), k -> new ArrayList<>()).add(view);
            }
            boolean first = true;
            for (List<Contribution<?>> category : byCategory.values()) {
                if (!first) {
                    menu.addSeparator();
                }
                first = false;
                category.sort(Comparator.comparing(Contributions::title));
                for (Contribution<?> view : category) {
                    JMenuItem item = new JMenuItem(Contributions.title(view),
                            Icons.fromBundle(view.bundle(), view.string("icon", ""), Icons.of(Icons.Glyph.VIEW)));
                    item.setName("show-view:" + view.id());
                    String id = view.id();
                    item.addActionListener(a -> showView.accept(id));
                    menu.add(item);
                }
            }
        });
    }

    private JMenu perspectiveMenu() {
        return filledOnOpening("Perspective", "menu:perspective", KeyEvent.VK_P, menu -> {
            for (Contribution<?> c : perspectives.get()) {
                JRadioButtonMenuItem item = new JRadioButtonMenuItem(c.string("label", c.id()), c.id().equals(current.get()));
                item.setName("perspective-item:" + c.id());
                String id = c.id();
                item.addActionListener(a -> choosePerspective.accept(id));
                menu.add(item);
            }
        });
    }

    /** A menu emptied and filled again each time it opens. */
    private static JMenu filledOnOpening(String label, String name, int mnemonic, Consumer<JMenu> fill) {
        JMenu menu = new JMenu(label);
        menu.setName(name);
        menu.setMnemonic(mnemonic);
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                menu.removeAll();
                fill.accept(menu);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // items are rebuilt at the next opening; removing them now would cancel the click
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // as above
            }
        });
        return menu;
    }
}

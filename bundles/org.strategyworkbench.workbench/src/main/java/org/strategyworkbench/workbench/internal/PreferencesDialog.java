package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.PreferencePage;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * The Preferences dialog: one page per preference page service, listed on the left. OK and Apply
 * store every page (a page that refuses names the field at fault and keeps the dialog open).
 */
final class PreferencesDialog {

    private PreferencesDialog() {
    }

    private record Page(Contribution<?> contribution, PreferencePage page, JComponent control) {
    }

    static void open(WorkbenchWindow window, Contributions contributions) {
        List<Contribution<?>> all = contributions.all(Contribution.Kind.PREFERENCE_PAGE);
        all.sort(Comparator.<Contribution<?>>comparingInt(c -> c.integer("rank", 100)).thenComparing(c -> c.string("title", c.id())));
        JDialog dialog = new JDialog(window.frame(), "Preferences", true);
        dialog.setName("preferences");
        CardLayout cards = new CardLayout();
        JPanel pages = new JPanel(cards);
        Map<String, Page> opened = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        for (Contribution<?> c : all) {
            String title = c.string("title", c.id());
            Guard.Result<Page> page = window.guard().call(c.bundle(), "Preference page '" + title + "'", () -> {
                PreferencePage service = (PreferencePage) window.context().getService(c.reference());
                if (service == null) {
                    throw new IllegalStateException("its component could not be activated");
                }
                JComponent control = service.createControl(site(window, c));
                return new Page(c, service, control);
            });
            JComponent shown;
            if (page.ok()) {
                opened.put(title, page.value());
                shown = page.value().control();
            } else {
                JLabel failed = new JLabel("<html>This page could not be opened: " + Guard.message(page.failure()) + "<br>Contributed by "
                        + c.bundleName() + "</html>", Icons.of(Icons.Glyph.ERROR), JLabel.LEADING);
                failed.setVerticalAlignment(JLabel.TOP);
                shown = failed;
            }
            JPanel holder = new JPanel(new BorderLayout(0, 10));
            JLabel heading = new JLabel(title);
            heading.putClientProperty("FlatLaf.styleClass", "h3");
            holder.add(heading, BorderLayout.NORTH);
            holder.add(shown, BorderLayout.CENTER);
            holder.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
            pages.add(holder, title);
            titles.add(title);
        }
        JList<String> list = new JList<>(titles.toArray(new String[0]));
        list.setName("preferences:pages");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            if (list.getSelectedValue() != null) {
                cards.show(pages, list.getSelectedValue());
            }
        });
        if (!titles.isEmpty()) {
            list.setSelectedIndex(0);
        }
        JScrollPane left = new JScrollPane(list);
        left.setPreferredSize(new Dimension(180, 300));
        JButton ok = new JButton("OK");
        JButton cancel = new JButton("Cancel");
        JButton apply = new JButton("Apply");
        JButton defaults = new JButton("Restore Defaults");
        Runnable close = () -> {
            for (Page page : opened.values()) {
                window.guard().run(page.contribution().bundle(), "Preference page '" + page.contribution().id() + "' (dispose)",
                        page.page()::dispose);
                window.guard().run(page.contribution().bundle(), "Preference page release",
                        () -> window.context().ungetService(page.contribution().reference()));
            }
            dialog.dispose();
        };
        java.util.function.BooleanSupplier store = () -> {
            for (Map.Entry<String, Page> e : opened.entrySet()) {
                Guard.Result<String> result = window.guard().call(e.getValue().contribution().bundle(),
                        "Preference page '" + e.getKey() + "' (apply)", () -> e.getValue().page().apply());
                String problem = result.ok() ? result.value() : Guard.message(result.failure());
                if (problem != null) {
                    list.setSelectedValue(e.getKey(), true);
                    JOptionPane.showMessageDialog(dialog, e.getKey() + ": " + problem, "Preferences", JOptionPane.WARNING_MESSAGE);
                    return false;
                }
            }
            return true;
        };
        ok.addActionListener(e -> {
            if (store.getAsBoolean()) {
                close.run();
            }
        });
        apply.addActionListener(e -> store.getAsBoolean());
        cancel.addActionListener(e -> close.run());
        defaults.addActionListener(e -> {
            Page page = opened.get(list.getSelectedValue());
            if (page != null) {
                window.guard().run(page.contribution().bundle(), "Preference page (defaults)", page.page()::restoreDefaults);
            }
        });
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(defaults);
        buttons.add(apply);
        buttons.add(cancel);
        buttons.add(ok);
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        content.add(left, BorderLayout.WEST);
        content.add(pages, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> close.run(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                close.run();
            }
        });
        dialog.setSize(720, 460);
        dialog.setLocationRelativeTo(window.frame());
        dialog.setVisible(true);
    }

    private static PartSite site(WorkbenchWindow window, Contribution<?> page) {
        String id = page.id();
        return new PartSite() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Workbench workbench() {
                return window.workbench(page.bundle());
            }

            @Override
            public void setSelection(Selection selection) {
                // a preference page does not publish a selection
            }

            @Override
            public void setTitle(String title) {
                // the page title is fixed
            }
        };
    }
}

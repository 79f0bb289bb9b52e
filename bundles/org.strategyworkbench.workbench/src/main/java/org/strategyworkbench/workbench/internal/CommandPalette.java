package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.strategyworkbench.workbench.widgets.TextChange;

/**
 * The command palette: type a few letters of any command, view or perspective and press Enter.
 * Matches whole words first, then initials and letters in order ("rp" finds "Reset Perspective").
 */
final class CommandPalette {

    /** One thing the palette can run. */
    record Entry(String label, String category, String keys, String description, Runnable run) {
    }

    private CommandPalette() {
    }

    /** Opens the palette over {@code frame}; the chosen entry runs after it closes. */
    static JDialog open(JFrame frame, List<Entry> entries) {
        JDialog dialog = new JDialog(frame, "Command Palette", true);
        dialog.setName("palette");
        dialog.setUndecorated(true);
        JTextField query = new JTextField();
        query.setName("palette:query");
        query.putClientProperty("JTextField.placeholderText", "Type a command, a view or a perspective");
        query.putClientProperty("JTextField.showClearButton", true);
        DefaultListModel<Entry> model = new DefaultListModel<>();
        JList<Entry> list = new JList<>(model);
        list.setName("palette:list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer());
        list.setFocusable(false);
        Runnable filter = () -> {
            String text = query.getText().trim().toLowerCase(Locale.ROOT);
            model.clear();
            entries.stream().filter(e -> score(e, text) > 0)
                    .sorted(Comparator.comparingInt((Entry e) -> -score(e, text)).thenComparing(Entry::label))
                    .forEach(model::addElement);
            if (!model.isEmpty()) {
                list.setSelectedIndex(0);
            }
        };
        TextChange.on(query, filter);
        Entry[] chosen = new Entry[1];
        java.awt.Component before = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner();
        Runnable choose = () -> {
            chosen[0] = list.getSelectedValue();
            dialog.dispose();
        };
        query.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                int size = model.getSize();
                int index = list.getSelectedIndex();
                switch (e.getKeyCode()) {
                    case KeyEvent.VK_DOWN -> list.setSelectedIndex(size == 0 ? -1 : (index + 1) % size);
                    case KeyEvent.VK_UP -> list.setSelectedIndex(size == 0 ? -1 : (index - 1 + size) % size);
                    case KeyEvent.VK_ENTER -> choose.run();
                    default -> {
                        return;
                    }
                }
                list.ensureIndexIsVisible(Math.max(0, list.getSelectedIndex()));
                e.consume();
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    choose.run();
                }
            }
        });
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));
        content.add(query, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(null);
        content.add(scroll, BorderLayout.CENTER);
        dialog.setContentPane(content);
        dialog.setSize(new Dimension(Math.min(640, frame.getWidth() - 40), 380));
        dialog.setLocation(frame.getX() + (frame.getWidth() - dialog.getWidth()) / 2, frame.getY() + 80);
        filter.run();
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                // the keyboard goes back where it was, so shortcuts keep working
                frame.toFront();
                if (before != null && before.isShowing()) {
                    before.requestFocusInWindow();
                } else {
                    frame.getRootPane().requestFocusInWindow();
                }
                if (chosen[0] != null) {
                    SwingUtilities.invokeLater(chosen[0].run());
                }
            }
        });
        SwingUtilities.invokeLater(query::requestFocusInWindow);
        dialog.setVisible(true);
        return dialog;
    }

    /** How well an entry matches a query; 0 is no match. */
    static int score(Entry entry, String query) {
        if (query.isEmpty()) {
            return 1;
        }
        String label = entry.label().toLowerCase(Locale.ROOT);
        if (label.startsWith(query)) {
            return 100;
        }
        for (String word : label.split("[^a-z0-9]+")) {
            if (word.startsWith(query)) {
                return 80;
            }
        }
        if (label.contains(query)) {
            return 60;
        }
        String haystack = label + " " + entry.category().toLowerCase(Locale.ROOT);
        if (haystack.contains(query)) {
            return 40;
        }
        // letters in order
        int at = 0;
        for (char c : query.toCharArray()) {
            if (c == ' ') {
                continue;
            }
            at = label.indexOf(c, at);
            if (at < 0) {
                return 0;
            }
            at++;
        }
        return 10;
    }

    private static final class Renderer extends JPanel implements ListCellRenderer<Entry> {
        private static final long serialVersionUID = 1L;
        private final JLabel label = new JLabel();
        private final JLabel keys = new JLabel();

        Renderer() {
            super(new BorderLayout(12, 0));
            setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
            add(label, BorderLayout.CENTER);
            add(keys, BorderLayout.EAST);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Entry> list, Entry value, int index, boolean selected,
                boolean focus) {
            label.setText("<html>" + escape(value.label()) + " <span style='color:gray'>&nbsp;" + escape(value.category())
                    + "</span></html>");
            keys.setText(value.keys());
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            keys.setForeground(selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
            setToolTipText(value.description().isEmpty() ? null : value.description());
            return this;
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;");
        }
    }
}

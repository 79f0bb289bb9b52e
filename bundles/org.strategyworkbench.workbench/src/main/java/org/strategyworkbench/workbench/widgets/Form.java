package org.strategyworkbench.workbench.widgets;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;

/**
 * Labelled fields in two columns, labels right-aligned, fields filling the width. Each label is
 * bound to its field (Alt plus the mnemonic letter moves the focus there).
 *
 * @since 1.0
 */
public final class Form {

    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;
    private boolean finished;

    /** Creates an empty form with a small margin around its rows. */
    public Form() {
        panel.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
    }

    /**
     * Adds a row.
     *
     * @param label the label; an {@code &} before a letter makes it the mnemonic ({@code "&Title"})
     * @param field the field
     * @return this form
     */
    public Form add(String label, JComponent field) {
        int amp = label.indexOf('&');
        JLabel text = new JLabel(amp >= 0 ? label.substring(0, amp) + label.substring(amp + 1) : label);
        if (amp >= 0 && amp + 1 < label.length()) {
            text.setDisplayedMnemonic(label.charAt(amp + 1));
        }
        text.setLabelFor(field);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.gridx = 0;
        c.anchor = GridBagConstraints.NORTHEAST;
        c.insets = new Insets(4, 0, 4, 8);
        panel.add(text, c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 0, 2, 0);
        panel.add(field, c);
        row++;
        return this;
    }

    /**
     * Adds a heading across both columns: the title in small heading type followed by a line,
     * with space above it unless it is the first row.
     *
     * @param title the heading's text
     * @return this form
     */
    public Form section(String title) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.gridx = 0;
        c.gridwidth = 2;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(row == 1 ? 0 : 12, 0, 4, 0);
        JPanel heading = new JPanel(new java.awt.BorderLayout(8, 0));
        JLabel label = new JLabel(title);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        heading.add(label, java.awt.BorderLayout.WEST);
        heading.add(new JSeparator(), java.awt.BorderLayout.CENTER);
        panel.add(heading, c);
        return this;
    }

    /**
     * Adds a component across both columns, for example a text area or a table.
     *
     * @param component the component; it fills the width and the height of its row
     * @return this form
     */
    public Form wide(JComponent component) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row++;
        c.gridx = 0;
        c.gridwidth = 2;
        c.weightx = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(2, 0, 2, 0);
        panel.add(component, c);
        return this;
    }

    /**
     * The form's panel; put it in a scroll pane when it may be taller than its view. The first call
     * adds an empty row below that keeps the rows at the top, so add every row before calling it.
     *
     * @return the panel; the same on every call
     */
    public JPanel panel() {
        if (finished) {
            return panel;
        }
        finished = true;
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.weighty = 1;
        panel.add(new JPanel() {
            private static final long serialVersionUID = 1L;

            {
                setOpaque(false);
            }
        }, c);
        row++;
        return panel;
    }
}

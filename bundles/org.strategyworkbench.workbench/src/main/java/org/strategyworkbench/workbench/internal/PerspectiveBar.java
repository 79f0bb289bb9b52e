package org.strategyworkbench.workbench.internal;

import java.awt.Component;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/** The perspective switcher at the right of the toolbar: one toggle button per perspective. On the event thread. */
final class PerspectiveBar {

    private final JPanel panel = new JPanel(new FlowLayout(FlowLayout.TRAILING, 2, 0));

    PerspectiveBar() {
        panel.setName("perspectives");
        panel.setOpaque(false);
    }

    JPanel panel() {
        return panel;
    }

    /** Shows a button for each perspective, in order, the {@code selected} one pressed. */
    void show(List<Contribution<?>> perspectives, String selected, Consumer<String> choose) {
        panel.removeAll();
        ButtonGroup group = new ButtonGroup();
        for (Contribution<?> c : perspectives) {
            String label = c.string("label", c.id());
            JToggleButton button = new JToggleButton(label);
            button.setName("perspective:" + c.id());
            button.setFocusable(false);
            button.putClientProperty("JButton.buttonType", "toolBarButton");
            button.setSelected(c.id().equals(selected));
            button.setToolTipText("Switch to the " + label + " perspective");
            button.addActionListener(e -> choose.accept(c.id()));
            group.add(button);
            panel.add(button);
        }
        panel.revalidate();
        panel.repaint();
    }

    /** Presses the button of the perspective shown. */
    void select(String id) {
        for (Component button : panel.getComponents()) {
            if (button instanceof JToggleButton toggle) {
                toggle.setSelected(("perspective:" + id).equals(toggle.getName()));
            }
        }
    }
}

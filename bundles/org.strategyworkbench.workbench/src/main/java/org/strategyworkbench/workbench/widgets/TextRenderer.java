package org.strategyworkbench.workbench.widgets;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;

/**
 * Shows the items of a list or combo box as {@link LiveTable#text(Object)} does: enums in lower
 * case with spaces ("not assessed", "in progress"), optionals and nulls as their content or nothing.
 *
 * @since 1.0
 */
public final class TextRenderer extends DefaultListCellRenderer {

    private static final long serialVersionUID = 1L;

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        return super.getListCellRendererComponent(list, LiveTable.text(value), index, selected, focus);
    }

    /**
     * Makes {@code combo} show its items as text; returns it.
     *
     * @param <T> the item type
     * @param combo the combo box; its renderer is replaced
     * @return the same combo box, so that it can be made and set up in one expression
     */
    public static <T> JComboBox<T> on(JComboBox<T> combo) {
        combo.setRenderer(new TextRenderer());
        return combo;
    }
}

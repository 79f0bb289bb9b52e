package org.strategyworkbench.commitments.ui.internal;

import java.util.Collection;
import java.util.TreeSet;
import javax.swing.JComboBox;
import org.strategyworkbench.workbench.widgets.LiveTable;

/** Drop-down filters whose first entry is "All …" and whose choices follow the data. */
final class Filters {

    private Filters() {
    }

    static JComboBox<String> combo(String name, String all) {
        JComboBox<String> combo = new JComboBox<>(new String[] {all});
        combo.setName(name);
        combo.setPrototypeDisplayValue("All provenances");
        return combo;
    }

    /** Replaces the choices, keeping the current one when it is still offered. */
    static void choices(JComboBox<String> combo, Collection<?> values) {
        Object current = combo.getSelectedItem();
        String all = combo.getItemAt(0);
        combo.removeAllItems();
        combo.addItem(all);
        TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        values.forEach(v -> sorted.add(LiveTable.text(v)));
        sorted.remove("");
        sorted.forEach(combo::addItem);
        combo.setSelectedItem(current != null && (sorted.contains(current.toString()) || all.equals(current)) ? current : all);
    }

    /** Whether {@code value} passes the combo's choice. */
    static boolean accepts(JComboBox<String> combo, Object value) {
        return combo.getSelectedIndex() <= 0 || LiveTable.text(value).equalsIgnoreCase(String.valueOf(combo.getSelectedItem()));
    }
}

package org.strategyworkbench.workbench.internal;

import java.awt.Component;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumnModel;

/** Small helpers shared by the built-in views' tables. */
final class Tables {

    private Tables() {
    }

    static void widths(JTable table, int... widths) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < widths.length && i < columns.getColumnCount(); i++) {
            columns.getColumn(i).setPreferredWidth(widths[i]);
        }
    }

    /** Renders a level or severity name with its icon. */
    static final class LevelRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row,
                int column) {
            JLabel label = (JLabel) super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            String text = String.valueOf(value);
            Icon icon = switch (text) {
                case "ERROR", "Error" -> Icons.of(Icons.Glyph.ERROR);
                case "WARNING", "Warning" -> Icons.of(Icons.Glyph.WARNING);
                default -> Icons.of(Icons.Glyph.INFO);
            };
            label.setIcon(icon);
            label.setText(text.charAt(0) + text.substring(1).toLowerCase(java.util.Locale.ROOT));
            return label;
        }
    }
}

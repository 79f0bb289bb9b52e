package org.strategyworkbench.workbench.internal;

import java.util.List;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/** A read-only two-column table of names and values. */
final class PropertyTable extends JTable {

    private static final long serialVersionUID = 1L;

    private final Model model = new Model();

    PropertyTable() {
        setModel(model);
        setFillsViewportHeight(true);
        setAutoCreateRowSorter(false);
        getTableHeader().setReorderingAllowed(false);
        getColumnModel().getColumn(0).setPreferredWidth(140);
        getColumnModel().getColumn(1).setPreferredWidth(360);
    }

    void show(List<String[]> rows) {
        model.rows = List.copyOf(rows);
        model.fireTableDataChanged();
    }

    int rows() {
        return model.rows.size();
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient List<String[]> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? "Property" : "Value";
        }

        @Override
        public Object getValueAt(int row, int column) {
            return rows.get(row)[column];
        }
    }
}

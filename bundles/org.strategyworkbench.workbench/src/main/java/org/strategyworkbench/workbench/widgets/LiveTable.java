package org.strategyworkbench.workbench.widgets;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableRowSorter;

/**
 * A table of rows of one type: columns defined by functions, sortable by every column (dates and
 * numbers sort as such), filtered by a predicate, with the selection kept across {@link #setRows}
 * (rows are matched by a key). Enter or a double-click "opens" the selected row.
 *
 * @param <T> the row type
 * @since 1.0
 */
public final class LiveTable<T> {

    /**
     * A column.
     *
     * @param name the header
     * @param value the cell value of a row; enums are shown in lower case with spaces
     * @param width the preferred width in pixels (before scaling)
     */
    public record Column<T>(String name, Function<T, ?> value, int width) {
        /**
         * Creates a column.
         *
         * @param name the header; not null
         * @param value the cell value of a row, as in {@link LiveTable#text}; not null. Values of
         *        one class that are {@code Comparable} sort by their order, others by their text
         * @param width the preferred width in pixels (before scaling)
         * @throws NullPointerException when name or value is null
         */
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    private final List<Column<T>> columns;
    private final Function<T, ?> key;
    private final Model model = new Model();
    private final JTable table;
    private final TableRowSorter<Model> sorter;
    private final JScrollPane scroll;
    private Predicate<T> filter = row -> true;
    private Consumer<T> onSelect = row -> { };
    private Consumer<T> onOpen = row -> { };

    /**
     * @param name the component name of the table (for tests and accessibility)
     * @param columns the columns, in order
     * @param key what identifies a row across refreshes (an id)
     */
    public LiveTable(String name, List<Column<T>> columns, Function<T, ?> key) {
        this.columns = List.copyOf(columns);
        this.key = key;
        this.table = new JTable(model) {
            private static final long serialVersionUID = 1L;

            /** Columns keep their widths and the table scrolls sideways when the view is too narrow for them. */
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getParent() == null || getPreferredSize().width <= getParent().getWidth();
            }
        };
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        table.setName(name);
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new TextRenderer());
        sorter = new TableRowSorter<>(model);
        for (int c = 0; c < this.columns.size(); c++) {
            sorter.setComparator(c, VALUES);
            table.getColumnModel().getColumn(c).setPreferredWidth(this.columns.get(c).width());
        }
        table.setRowSorter(sorter);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                selected().ifPresent(onSelect);
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    selected().ifPresent(onOpen);
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        table.getActionMap().put("open", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                selected().ifPresent(onOpen);
            }
        });
        scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
    }

    /**
     * The table in a scroll pane, ready to add.
     *
     * @return the scroll pane; the same on every call
     */
    public JComponent component() {
        return scroll;
    }

    /**
     * The table itself, for renderers and key bindings.
     *
     * @return the table; the same on every call
     */
    public JTable table() {
        return table;
    }

    /**
     * Replaces the rows, keeping the selected row selected when it is still there (and shown).
     * The filter and the sort order stay.
     *
     * @param rows the new rows; copied, not null
     */
    public void setRows(List<T> rows) {
        Object selectedKey = selected().map(key).orElse(null);
        model.rows = List.copyOf(rows);
        model.fireTableDataChanged();
        if (selectedKey != null) {
            select(row -> selectedKey.equals(key.apply(row)));
        }
    }

    /**
     * Shows only the rows {@code filter} accepts. The predicate is asked again whenever the rows
     * are set; after its own criteria change (a search text, a chosen status), set it again.
     *
     * @param newFilter accepts the rows to show; replaces the previous filter
     */
    public void setFilter(Predicate<T> newFilter) {
        this.filter = newFilter;
        sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends Model, ? extends Integer> entry) {
                return filter.test(model.rows.get(entry.getIdentifier()));
            }
        });
    }

    /**
     * Called with the row the user selects.
     *
     * @param action told of each newly selected row (not of a selection cleared); replaces the
     *        previous action
     */
    public void onSelect(Consumer<T> action) {
        this.onSelect = action;
    }

    /**
     * Called with the row the user opens (Enter or double-click).
     *
     * @param action told of the opened row; replaces the previous action
     */
    public void onOpen(Consumer<T> action) {
        this.onOpen = action;
    }

    /**
     * Renders the cells of a column with {@code renderer}.
     *
     * @param column the column's index, from 0 in the order given to the constructor
     * @param renderer the renderer; it receives the column's raw value, not its text
     */
    public void setRenderer(int column, TableCellRenderer renderer) {
        table.getColumnModel().getColumn(column).setCellRenderer(renderer);
    }

    /**
     * The selected row, if any.
     *
     * @return the selected row, or empty when none is selected
     */
    public Optional<T> selected() {
        int view = table.getSelectedRow();
        return view < 0 ? Optional.empty() : Optional.of(model.rows.get(table.convertRowIndexToModel(view)));
    }

    /**
     * Selects the first shown row {@code which} accepts and scrolls to it; false when none does.
     *
     * @param which accepts the row to select; asked of the shown rows in the order shown
     * @return true when a row was selected; false when no shown row is accepted (the selection
     *         is then unchanged)
     */
    public boolean select(Predicate<T> which) {
        for (int view = 0; view < table.getRowCount(); view++) {
            if (which.test(model.rows.get(table.convertRowIndexToModel(view)))) {
                table.setRowSelectionInterval(view, view);
                table.scrollRectToVisible(table.getCellRect(view, 0, true));
                return true;
            }
        }
        return false;
    }

    /**
     * The rows shown, in the order shown.
     *
     * @return the rows the filter accepts, sorted as shown; a new list
     */
    public List<T> visibleRows() {
        List<T> rows = new ArrayList<>(table.getRowCount());
        for (int view = 0; view < table.getRowCount(); view++) {
            rows.add(model.rows.get(table.convertRowIndexToModel(view)));
        }
        return rows;
    }

    /**
     * How many rows are shown (cheaper than {@link #visibleRows()} for a count).
     *
     * @return the number of rows the filter accepts
     */
    public int visibleCount() {
        return table.getRowCount();
    }

    /**
     * All rows, shown or not.
     *
     * @return the rows last set, in the order set, unmodifiable; empty before any
     */
    public List<T> rows() {
        return model.rows;
    }

    /**
     * A value as text: enums in lower case with spaces, {@code null} and empty optionals as nothing.
     *
     * @param value any value, or null
     * @return {@code ""} for null and an empty optional; an optional's content as text; an enum's
     *         name in lower case with spaces for underscores; a collection's items as text joined by
     *         ", "; otherwise {@code String.valueOf(value)}
     */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(LiveTable::text).orElse("");
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof java.util.Collection<?> c) {
            return String.join(", ", c.stream().map(LiveTable::text).toList());
        }
        return String.valueOf(value);
    }

    private static final Comparator<Object> VALUES = (a, b) -> {
        Object x = a instanceof Optional<?> o ? o.orElse(null) : a;
        Object y = b instanceof Optional<?> o ? o.orElse(null) : b;
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : 1) : -1;
        }
        if (x instanceof Comparable<?> && x.getClass() == y.getClass()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int order = ((Comparable) x).compareTo(y);
            return order;
        }
        return text(x).compareToIgnoreCase(text(y));
    };

    private final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient List<T> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int column) {
            return columns.get(column).name();
        }

        @Override
        public Object getValueAt(int row, int column) {
            return columns.get(column).value().apply(rows.get(row));
        }
    }

    private static final class TextRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row,
                int column) {
            return super.getTableCellRendererComponent(table, text(value), selected, focus, row, column);
        }
    }
}

package org.strategyworkbench.allies.ui.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.Engagement;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.TextChange;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * The ally × commitment matrix: one row per commitment, one column per ally, each cell coloured by
 * what the ally reports (the furthest status of its actions, no action, not applicable, or nothing
 * reported). A double-click (or Enter) on a cell opens its actions, or offers to record one or a
 * declaration.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = MatrixView.ID, title = "Ally × Commitment", category = "Tracking", area = Area.CENTER,
        perspectives = AlliesPerspective.ID)
public final class MatrixView implements ViewPart {

    public static final String ID = "allies.matrix";
    static final int FIXED = 2;

    /** What one ally reports on one commitment. */
    record Cell(Engagement.State state, ActionStatus leading, List<Action> actions, Position position) {
        String label() {
            return switch (state) {
                case ACTING -> leading == null ? "cancelled" : LiveTable.text(leading);
                case NO_ACTION -> "no action";
                case NOT_APPLICABLE -> "not applicable";
                case NOT_REPORTED -> "not reported";
            };
        }
    }

    /** The matrix's data, computed off the event thread. */
    record Data(List<Commitment> commitments, List<Ally> allies, Map<String, Cell> cells) {
        Cell cell(String commitment, String ally) {
            return cells.getOrDefault(ally + "|" + commitment, EMPTY);
        }
    }

    static final Cell EMPTY = new Cell(Engagement.State.NOT_REPORTED, null, List.of(), null);

    static Data data(WorkspaceSnapshot snapshot) {
        Map<String, List<Action>> actions = new HashMap<>();
        for (Action a : snapshot.all(ActionEntityType.TYPE)) {
            actions.computeIfAbsent(a.ally() + "|" + a.commitment(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Position> positions = new HashMap<>();
        for (Position p : snapshot.all(PositionType.TYPE)) {
            positions.put(p.ally() + "|" + p.commitment(), p);
        }
        Map<String, Cell> cells = new HashMap<>();
        for (String key : actions.keySet()) {
            List<Action> list = actions.get(key);
            Engagement e = Engagement.of(list, Optional.ofNullable(positions.get(key)));
            cells.put(key, new Cell(e.state(), e.leadingStatus().orElse(null), list, positions.get(key)));
        }
        for (Map.Entry<String, Position> p : positions.entrySet()) {
            if (!cells.containsKey(p.getKey())) {
                Engagement e = Engagement.of(List.of(), Optional.of(p.getValue()));
                cells.put(p.getKey(), new Cell(e.state(), null, List.of(), p.getValue()));
            }
        }
        return new Data(snapshot.all(CommitmentType.TYPE), snapshot.all(AllyType.TYPE), cells);
    }

    static final Map<ActionStatus, Color> STATUS = new EnumMap<>(Map.of(
            ActionStatus.PLANNED, new Color(0x9DC3E6), ActionStatus.IN_PROGRESS, new Color(0x2E75B6),
            ActionStatus.DONE, new Color(0x4C9A2A), ActionStatus.CANCELLED, new Color(0xBDBDBD)));
    static final Color NO_ACTION = new Color(0xE2A53A);
    static final Color NOT_APPLICABLE = new Color(0xD0D0D0);

    static Color colour(Cell cell) {
        return switch (cell.state()) {
            case ACTING -> cell.leading() == null ? STATUS.get(ActionStatus.CANCELLED) : STATUS.get(cell.leading());
            case NO_ACTION -> NO_ACTION;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case NOT_REPORTED -> null;
        };
    }

    private final BundleContext context;
    private final Workspace workspace;
    private WorkspaceRefresh refresh;
    private Data data = new Data(List.of(), List.of(), Map.of());

    @Activate
    public MatrixView(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @Override
    public JComponent createControl(PartSite site) {
        Model model = new Model();
        JTable table = new JTable(model);
        table.setName("matrix:table");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        table.setCellSelectionEnabled(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Cell.class, new CellRenderer());
        TableRowSorter<Model> sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        JTextField search = new JTextField(20);
        search.setName("matrix:filter");
        search.putClientProperty("JTextField.placeholderText", "Filter commitments");
        search.putClientProperty("JTextField.showClearButton", true);
        TextChange.on(search, () -> {
            String text = search.getText().trim().toLowerCase(Locale.ROOT);
            sorter.setRowFilter(text.isEmpty() ? null : new javax.swing.RowFilter<>() {
                @Override
                public boolean include(Entry<? extends Model, ? extends Integer> entry) {
                    Commitment c = data.commitments().get(entry.getIdentifier());
                    return (c.id() + " " + c.title()).toLowerCase(Locale.ROOT).contains(text);
                }
            });
        });
        table.getSelectionModel().addListSelectionListener(e -> publish(site, table));
        table.getColumnModel().getSelectionModel().addListSelectionListener(e -> publish(site, table));
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open(site, table, e.getX(), e.getY());
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(javax.swing.KeyStroke.getKeyStroke("ENTER"), "open");
        table.getActionMap().put("open", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                java.awt.Rectangle r = table.getCellRect(table.getSelectedRow(), table.getSelectedColumn(), true);
                open(site, table, r.x + 4, r.y + r.height);
            }
        });
        JPanel bar = new JPanel(new java.awt.GridLayout(2, 1));
        JPanel first = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 3));
        first.add(search);
        first.add(new JLabel("double-click a cell to open or record"));
        JPanel legend = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 0));
        for (ActionStatus s : ActionStatus.values()) {
            legend.add(legend(STATUS.get(s), LiveTable.text(s)));
        }
        legend.add(legend(NO_ACTION, "no action"));
        legend.add(legend(NOT_APPLICABLE, "not applicable"));
        legend.add(legend(null, "not reported"));
        bar.add(first);
        bar.add(legend);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        Runnable reload = () -> site.workbench().jobs().schedule("Loading the matrix", monitor -> {
            Data loaded = data(workspace.snapshot());
            SwingUtilities.invokeLater(() -> {
                int row = table.getSelectedRow();
                int column = table.getSelectedColumn();
                boolean sameShape = loaded.allies().size() == data.allies().size();
                data = loaded;
                if (sameShape) {
                    model.fireTableDataChanged();
                } else {
                    model.fireTableStructureChanged();
                    table.getColumnModel().getColumn(0).setPreferredWidth(70);
                    table.getColumnModel().getColumn(1).setPreferredWidth(260);
                    for (int c = FIXED; c < table.getColumnCount(); c++) {
                        table.getColumnModel().getColumn(c).setPreferredWidth(44);
                    }
                }
                if (row >= 0 && row < table.getRowCount() && column >= 0) {
                    table.changeSelection(row, column, false, false);
                }
            });
        });
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return panel;
    }

    private static JLabel legend(Color colour, String text) {
        JLabel label = new JLabel(text, new javax.swing.Icon() {
            @Override
            public void paintIcon(java.awt.Component c, Graphics g, int x, int y) {
                if (colour != null) {
                    g.setColor(colour);
                    g.fillRect(x, y, 12, 12);
                }
                g.setColor(UIManager.getColor("Component.borderColor"));
                g.drawRect(x, y, 12, 12);
            }

            @Override
            public int getIconWidth() {
                return 13;
            }

            @Override
            public int getIconHeight() {
                return 13;
            }
        }, JLabel.LEADING);
        return label;
    }

    private void publish(PartSite site, JTable table) {
        int row = table.getSelectedRow();
        int column = table.getSelectedColumn();
        if (row < 0 || column < 0) {
            return;
        }
        Commitment c = data.commitments().get(table.convertRowIndexToModel(row));
        if (column < FIXED) {
            site.setSelection(Selection.of(site.id(), new EntityRef(CommitmentType.NAME, c.id())));
            return;
        }
        Cell cell = data.cell(c.id(), data.allies().get(column - FIXED).code());
        site.setSelection(cell.actions().size() == 1 ? Selection.of(site.id(), new EntityRef(ActionEntityType.NAME, cell.actions().get(0).id()))
                : Selection.of(site.id(), new EntityRef(CommitmentType.NAME, c.id())));
    }

    /** Opens a cell: its only action, or a menu of its actions and what can be recorded. */
    private void open(PartSite site, JTable table, int x, int y) {
        int row = table.getSelectedRow();
        int column = table.getSelectedColumn();
        if (row < 0 || column < 0) {
            return;
        }
        Commitment c = data.commitments().get(table.convertRowIndexToModel(row));
        if (column < FIXED) {
            site.workbench().openEditor(new EntityRef(CommitmentType.NAME, c.id()));
            return;
        }
        Ally ally = data.allies().get(column - FIXED);
        Cell cell = data.cell(c.id(), ally.code());
        if (cell.actions().size() == 1) {
            site.workbench().openEditor(new EntityRef(ActionEntityType.NAME, cell.actions().get(0).id()));
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        menu.setName("matrix:menu");
        for (Action a : cell.actions()) {
            JMenuItem item = new JMenuItem(a.id() + "  " + a.title() + " (" + LiveTable.text(a.status()) + ")");
            item.addActionListener(e -> site.workbench().openEditor(new EntityRef(ActionEntityType.NAME, a.id())));
            menu.add(item);
        }
        if (!cell.actions().isEmpty()) {
            menu.addSeparator();
        }
        JMenuItem record = new JMenuItem("Record an Action for " + ally.name() + " on " + c.id() + "…");
        record.setName("matrix:record");
        record.addActionListener(e -> NewActionDialog.open(site, workspace, ally.code(), c.id()));
        menu.add(record);
        if (cell.actions().isEmpty()) {
            for (Position.Response response : Position.Response.values()) {
                JMenuItem declare = new JMenuItem("Declare " + LiveTable.text(response) + (cell.position() != null
                        && cell.position().response() == response ? " (declared)" : ""));
                declare.setEnabled(cell.position() == null || cell.position().response() != response);
                declare.addActionListener(e -> Edits.apply(workspace, Edit.named("Declare " + LiveTable.text(response) + " for "
                        + ally.code() + " on " + c.id()).put(PositionType.TYPE, new Position(Position.idOf(ally.code(), c.id()), ally.code(),
                                c.id(), response, "", ActionIds.now())).build(), site.workbench().notifications()));
                menu.add(declare);
            }
        }
        menu.show(table, x, y);
    }

    private final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;

        @Override
        public int getRowCount() {
            return data.commitments().size();
        }

        @Override
        public int getColumnCount() {
            return FIXED + data.allies().size();
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? "Id" : column == 1 ? "Commitment" : data.allies().get(column - FIXED).code();
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column < FIXED ? String.class : Cell.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            Commitment c = data.commitments().get(row);
            return column == 0 ? c.id() : column == 1 ? c.title() : data.cell(c.id(), data.allies().get(column - FIXED).code());
        }
    }

    private static final class CellRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;
        private Color fill;
        private boolean selected;

        @Override
        public boolean isOpaque() {
            // the cell paints its own background and colour block
            return false;
        }

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean focus, int row,
                int column) {
            Cell cell = (Cell) value;
            super.getTableCellRendererComponent(table, "", isSelected, focus, row, column);
            fill = colour(cell);
            selected = isSelected;
            int n = cell.actions().size();
            setText(n > 1 ? String.valueOf(n) : "");
            setHorizontalAlignment(CENTER);
            setToolTipText(table.getColumnName(column) + ": " + cell.label() + (n > 0 ? " (" + n + (n == 1 ? " action)" : " actions)") : ""));
            setBackground(table.getBackground());
            return this;
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            if (fill != null) {
                g.setColor(fill);
                g.fillRect(3, 3, getWidth() - 6, getHeight() - 6);
            }
            if (selected) {
                g.setColor(UIManager.getColor("Component.focusColor"));
                g.drawRect(1, 1, getWidth() - 3, getHeight() - 3);
            }
            super.paintComponent(g);
        }
    }
}

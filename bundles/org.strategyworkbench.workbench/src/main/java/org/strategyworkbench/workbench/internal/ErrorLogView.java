package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.LogEntry;

/** The Error Log view: newest first, with the selected entry's details (stack trace) below. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.ERROR_LOG, title = "Error Log", category = "Workbench", area = Area.BOTTOM)
public final class ErrorLogView implements ViewPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ErrorLogImpl log;
    private final Model model = new Model();
    private Consumer<LogEntry> listener;

    @Activate
    public ErrorLogView(@Reference ErrorLogImpl log) {
        this.log = log;
    }

    @Override
    public JComponent createControl(PartSite site) {
        JTable table = new JTable(model);
        table.setName("errorlog:table");
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(1).setCellRenderer(new Tables.LevelRenderer());
        Tables.widths(table, 140, 80, 220, 600);
        JTextArea detail = new JTextArea();
        detail.setName("errorlog:detail");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setRows(8);
        detail.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, detail.getFont().getSize()));
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                LogEntry entry = model.rows.get(row);
                detail.setText(entry.message() + (entry.bundle().isEmpty() ? "" : "\nBundle: " + entry.bundle()) + "\n\n" + entry.detail());
                detail.setCaretPosition(0);
            } else {
                detail.setText("");
            }
        });
        JButton clear = new JButton("Clear");
        clear.setName("errorlog:clear");
        clear.addActionListener(e -> log.clear());
        JButton copy = new JButton("Copy Details");
        copy.setEnabled(false);
        copy.addActionListener(e -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(detail.getText()), null);
            site.workbench().notifications().info("The entry's details are on the clipboard");
        });
        table.getSelectionModel().addListSelectionListener(e -> copy.setEnabled(table.getSelectedRow() >= 0));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        bar.add(clear);
        bar.add(copy);
        JScrollPane top = new JScrollPane(table);
        top.setBorder(BorderFactory.createEmptyBorder());
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, new JScrollPane(detail));
        split.setResizeWeight(0.5);
        split.setBorder(null);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        panel.add(split, BorderLayout.CENTER);
        listener = entry -> SwingUtilities.invokeLater(this::reload);
        log.addListener(listener);
        reload();
        return panel;
    }

    private void reload() {
        List<LogEntry> entries = new ArrayList<>(log.entries());
        Collections.reverse(entries);
        model.rows = entries;
        model.fireTableDataChanged();
    }

    @Override
    public void dispose() {
        if (listener != null) {
            log.removeListener(listener);
            listener = null;
        }
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Time", "Level", "Bundle", "Message"};
        private transient List<LogEntry> rows = List.of();

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            LogEntry e = rows.get(row);
            return switch (column) {
                case 0 -> TIME.format(e.time());
                case 1 -> e.level().name();
                case 2 -> e.bundle();
                default -> e.message();
            };
        }
    }
}

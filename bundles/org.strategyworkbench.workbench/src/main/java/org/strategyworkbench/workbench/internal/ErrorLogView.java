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
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.widgets.LiveTable;

/** The Error Log view: newest first, with the selected entry's details (stack trace) below. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.ERROR_LOG, title = "Error Log", category = "Workbench", area = Area.BOTTOM)
public final class ErrorLogView implements ViewPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ErrorLogImpl log;
    private LiveTable<LogEntry> table;
    private Consumer<LogEntry> listener;

    @Activate
    public ErrorLogView(@Reference ErrorLogImpl log) {
        this.log = log;
    }

    @Override
    public JComponent createControl(PartSite site) {
        table = new LiveTable<>("errorlog:table", List.of(
                new LiveTable.Column<>("Time", e -> TIME.format(e.time()), 140),
                new LiveTable.Column<>("Level", e -> e.level().name(), 80),
                new LiveTable.Column<>("Bundle", LogEntry::bundle, 220),
                new LiveTable.Column<>("Message", LogEntry::message, 600)), e -> e);
        table.setRenderer(1, new Tables.LevelRenderer());
        JTextArea detail = new JTextArea();
        detail.setName("errorlog:detail");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setRows(8);
        detail.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, detail.getFont().getSize()));
        JButton clear = new JButton("Clear");
        clear.setName("errorlog:clear");
        clear.addActionListener(e -> log.clear());
        JButton copy = new JButton("Copy Details");
        copy.setEnabled(false);
        copy.addActionListener(e -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(detail.getText()), null);
            site.workbench().notifications().info("The entry's details are on the clipboard");
        });
        table.table().getSelectionModel().addListSelectionListener(e -> {
            if (table.selected().isEmpty()) {
                detail.setText("");
                copy.setEnabled(false);
            }
        });
        table.onSelect(entry -> {
            detail.setText(entry.message() + (entry.bundle().isEmpty() ? "" : "\nBundle: " + entry.bundle()) + "\n\n" + entry.detail());
            detail.setCaretPosition(0);
            copy.setEnabled(true);
        });
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        bar.add(clear);
        bar.add(copy);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, table.component(), new JScrollPane(detail));
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
        if (table == null) {
            return;
        }
        List<LogEntry> entries = new ArrayList<>(log.entries());
        Collections.reverse(entries);
        table.setRows(entries);
    }

    @Override
    public void dispose() {
        if (listener != null) {
            log.removeListener(listener);
            listener = null;
        }
    }
}

package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.plugins.PluginDiagnostics;
import org.strategyworkbench.core.plugins.PluginTrust;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.LogEntry;

/**
 * The Plugins view: every bundle with its name, version, state, provider and where it came from,
 * and why it is not running when it is not. Installs a plugin by copying it into the plugins
 * folder (so it is there at the next start too) and uninstalls one by removing it from there;
 * the product's own bundles cannot be uninstalled. Jars of the folder that were not installed
 * (refused because they are not signed by an allowed signer, or not bundles) are listed too, with
 * the reason; the folder is looked at again every two seconds while the view is open.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.PLUGINS, title = "Plugins", category = "Workbench", area = Area.CENTER)
public final class PluginsView implements ViewPart {

    static final String PLUGINS = "strategyworkbench.plugins";

    private final BundleContext context;
    private final PluginDiagnostics diagnostics;
    private final PluginTrust trust;
    private final Optional<Path> folder;
    private final PluginRows rows;
    private final PluginInstaller installer;
    private final Model model = new Model();
    private BundleListener listener;
    private Timer folderCheck;
    private ExecutorService lister;
    private boolean listing;
    private boolean listAgain;
    private PartSite site;
    private JTable table;
    private JButton uninstall;
    private JLabel summary;

    @Activate
    public PluginsView(BundleContext context, @Reference PluginDiagnostics diagnostics, @Reference PluginTrust trust) {
        this.context = context;
        this.diagnostics = diagnostics;
        this.trust = trust;
        this.folder = Optional.ofNullable(context.getProperty(PLUGINS)).map(p -> Path.of(p).toAbsolutePath());
        this.rows = new PluginRows(context, diagnostics, folder);
        this.installer = new PluginInstaller(context, trust, rows, folder);
    }

    @Override
    public JComponent createControl(PartSite partSite) {
        this.site = partSite;
        table = new JTable(model);
        table.setName("plugins:table");
        table.setFillsViewportHeight(true);
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(3).setCellRenderer(new StateRenderer());
        // long names and problems are cut in their cells: the whole text is in the tooltip
        javax.swing.table.DefaultTableCellRenderer withTooltip = new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row,
                    int column) {
                JLabel label = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                String text = String.valueOf(value);
                label.setToolTipText(text.isEmpty() ? null : "<html><body style='width:420px'>" + text.replace("&", "&amp;")
                        .replace("<", "&lt;") + "</body></html>");
                return label;
            }
        };
        for (int column : new int[] {0, 1, 4, 6}) {
            table.getColumnModel().getColumn(column).setCellRenderer(withTooltip);
        }
        Tables.widths(table, 250, 270, 70, 115, 130, 100, 220);
        JButton install = new JButton("Install…");
        install.setName("plugins:install");
        install.setMnemonic('I');
        install.setToolTipText(folder.map(f -> "Copy a plugin jar into " + f + "; it starts at once").orElse("Install a plugin jar"));
        install.addActionListener(e -> chooseAndInstall());
        uninstall = new JButton("Uninstall");
        uninstall.setName("plugins:uninstall");
        uninstall.setMnemonic('U');
        uninstall.setEnabled(false);
        uninstall.addActionListener(e -> uninstallSelected());
        summary = new JLabel();
        summary.setName("plugins:summary");
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        bar.add(install);
        bar.add(uninstall);
        bar.add(summary);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        listener = event -> SwingUtilities.invokeLater(this::reload);
        context.addBundleListener(listener);
        lister = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "plugins-view");
            t.setDaemon(true);
            return t;
        });
        folderCheck = new Timer(FOLDER_CHECK_MILLIS, e -> reload());
        folderCheck.start();
        reload();
        return panel;
    }

    static final int FOLDER_CHECK_MILLIS = 2000;

    /**
     * Lists the bundles and, off the UI thread (signatures are checked), the jars not installed.
     * On the UI thread; while a listing runs, further requests make one more listing after it.
     */
    private void reload() {
        if (listener == null) {
            return;
        }
        if (listing) {
            listAgain = true;
            return;
        }
        listing = true;
        listAgain = false;
        CompletableFuture.supplyAsync(rows::list, lister).whenComplete((rows, failure) -> SwingUtilities.invokeLater(() -> {
            listing = false;
            if (listAgain) {
                reload();
            }
            if (failure == null) {
                show(rows);
            } else {
                site.workbench().errorLog().log(LogEntry.Level.ERROR, context.getBundle(),
                        "The Plugins view could not list the plugins folder", failure);
            }
        }));
    }

    private void show(List<PluginRows.Row> latest) {
        if (listener == null || latest.equals(model.rows)) {
            return;
        }
        PluginRows.Row chosen = selected();
        model.rows = latest;
        model.fireTableDataChanged();
        if (chosen != null) {
            int index = latest.indexOf(chosen);
            if (index >= 0) {
                int view = table.convertRowIndexToView(index);
                table.getSelectionModel().setSelectionInterval(view, view);
            }
        }
        long bundles = latest.stream().filter(r -> !r.symbolicName().isEmpty()).count();
        long active = latest.stream().filter(r -> r.state().equals("Active")).count();
        long plugins = latest.stream().filter(r -> r.source().equals("Plugins folder")).count();
        long refused = latest.stream().filter(r -> r.state().equals("Refused")).count();
        summary.setText(bundles + " bundles, " + active + " active; " + plugins + " from the plugins folder"
                + (refused > 0 ? ", " + refused + " refused" : "") + trustSummary());
        summary.setToolTipText(trust.signedOnly() ? "<html>Allowed signers:<br>" + String.join("<br>", trust.allowedSigners()
                .stream().map(s -> s.replace("&", "&amp;").replace("<", "&lt;")).toList()) + "</html>" : null);
        updateButtons();
    }

    private String trustSummary() {
        if (!trust.signedOnly()) {
            return "";
        }
        int signers = trust.allowedSigners().size();
        return signers == 0 ? " — only signed plugins are accepted, but no allowed signer could be read"
                : " — only plugins signed by " + (signers == 1 ? "the allowed signer" : "one of " + signers + " allowed signers")
                        + " are accepted";
    }

    private PluginRows.Row selected() {
        int row = table.getSelectedRow();
        return row < 0 ? null : model.rows.get(table.convertRowIndexToModel(row));
    }

    private void updateButtons() {
        PluginRows.Row row = selected();
        uninstall.setEnabled(row != null && row.file() != null);
        uninstall.setToolTipText(row == null ? null : row.file() != null ? "Remove " + row.file().getFileName() + " from the plugins folder"
                : "Part of the product: it cannot be uninstalled here");
    }

    private void chooseAndInstall() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Install a Plugin");
        chooser.setFileFilter(new FileNameExtensionFilter("Plugin bundles (*.jar)", "jar"));
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(table) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        for (java.io.File file : chooser.getSelectedFiles()) {
            Path jar = file.toPath();
            // the jar is read whole (and its signature checked) before it is copied: not on the UI thread
            lister.execute(() -> installer.install(jar, site.workbench().notifications()));
        }
    }

    private void uninstallSelected() {
        PluginRows.Row row = selected();
        if (row == null || row.file() == null) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(table, "Uninstall " + row.name() + " " + row.version() + "?\n" + row.file().getFileName()
                + " will be removed from the plugins folder; its views and commands close.", "Uninstall Plugin",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        try {
            Files.deleteIfExists(row.file());
            site.workbench().notifications().info("Uninstalled " + row.name());
        } catch (IOException e) {
            site.workbench().notifications().error("Could not remove " + row.file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void dispose() {
        if (folderCheck != null) {
            folderCheck.stop();
            lister.shutdownNow();
        }
        if (listener != null) {
            context.removeBundleListener(listener);
            listener = null;
        }
    }

    private static final class StateRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
            JLabel label = (JLabel) super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            String state = String.valueOf(value);
            label.setIcon(Icons.of(switch (state) {
                case "Active", "Fragment" -> Icons.Glyph.PLUGIN;
                case "Installed", "Refused" -> Icons.Glyph.ERROR;
                default -> Icons.Glyph.WARNING;
            }));
            return label;
        }
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Name", "Symbolic name", "Version", "State", "Provider", "Source", "Problem"};
        private transient List<PluginRows.Row> rows = List.of();

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
            PluginRows.Row r = rows.get(row);
            return switch (column) {
                case 0 -> r.name();
                case 1 -> r.symbolicName();
                case 2 -> r.version();
                case 3 -> r.state();
                case 4 -> r.provider();
                case 5 -> r.source();
                default -> r.problem();
            };
        }
    }

    static List<String> columns() {
        return Arrays.asList(Model.COLUMNS);
    }
}

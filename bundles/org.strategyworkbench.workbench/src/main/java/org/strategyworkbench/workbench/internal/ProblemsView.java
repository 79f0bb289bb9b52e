package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingUtilities;
import org.strategyworkbench.workbench.widgets.TextChange;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceListener;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;

/**
 * The Problems view: every problem the validators find in the workspace, kept current as the
 * workspace changes (validation runs as a background job). Filter by text and severity;
 * Enter or a double-click opens the entity.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = BuiltInViews.PROBLEMS, title = "Problems", category = "Workbench", area = Area.BOTTOM)
public final class ProblemsView implements ViewPart {

    private final BundleContext context;
    private final Workspace workspace;
    private final Validation validation;
    private final Model model = new Model();
    private final AtomicLong generation = new AtomicLong();
    private ServiceRegistration<WorkspaceListener> listener;
    private PartSite site;
    private JLabel summary;
    private JTable table;

    @Activate
    public ProblemsView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.workspace = workspace;
        this.validation = validation;
    }

    @Override
    public JComponent createControl(PartSite partSite) {
        this.site = partSite;
        JTable table = new JTable(model);
        table.setName("problems:table");
        table.setFillsViewportHeight(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setCellRenderer(new Tables.LevelRenderer());
        Tables.widths(table, 90, 520, 110, 90, 110);
        TableRowSorter<Model> sorter = new TableRowSorter<>(model);
        table.setRowSorter(sorter);
        JTextField filter = new JTextField(24);
        filter.setName("problems:filter");
        filter.putClientProperty("JTextField.placeholderText", "Filter (text, id, field)");
        filter.putClientProperty("JTextField.showClearButton", true);
        JToggleButton errors = toggle("Errors");
        JToggleButton warnings = toggle("Warnings");
        JToggleButton infos = toggle("Info");
        summary = new JLabel("Checking the workspace…");
        summary.setName("problems:summary");
        this.table = table;
        Runnable refilter = () -> sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends Model, ? extends Integer> entry) {
                Problem p = model.rows.get(entry.getIdentifier());
                boolean level = switch (p.severity()) {
                    case ERROR -> errors.isSelected();
                    case WARNING -> warnings.isSelected();
                    case INFO -> infos.isSelected();
                };
                String text = filter.getText().trim().toLowerCase(Locale.ROOT);
                return level && (text.isEmpty() || p.describe().toLowerCase(Locale.ROOT).contains(text));
            }
        });
        sorter.addRowSorterListener(e -> refilterSummary(table, summary));
        TextChange.on(filter, refilter);
        errors.addActionListener(e -> refilter.run());
        warnings.addActionListener(e -> refilter.run());
        infos.addActionListener(e -> refilter.run());
        table.getSelectionModel().addListSelectionListener(e -> {
            int row = table.getSelectedRow();
            if (!e.getValueIsAdjusting() && row >= 0) {
                Problem p = model.rows.get(table.convertRowIndexToModel(row));
                site.setSelection(p.entityId().isEmpty() ? Selection.of(site.id(), p)
                        : Selection.of(site.id(), new EntityRef(p.entityType(), p.entityId())));
            }
        });
        Runnable open = () -> {
            int row = table.getSelectedRow();
            if (row >= 0) {
                Problem p = model.rows.get(table.convertRowIndexToModel(row));
                if (!p.entityId().isEmpty()) {
                    site.workbench().openEditor(new EntityRef(p.entityType(), p.entityId()));
                }
            }
        };
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    open.run();
                }
            }
        });
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "open");
        table.getActionMap().put("open", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                open.run();
            }
        });
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        bar.add(filter);
        bar.add(errors);
        bar.add(warnings);
        bar.add(infos);
        bar.add(summary);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        listener = context.registerService(WorkspaceListener.class, event -> validate(), null);
        validate();
        return panel;
    }

    /** The counts, and how many rows the filter shows when it hides some. */
    private void refilterSummary(JTable shown, JLabel label) {
        Object total = label.getClientProperty("problems.total");
        if (total != null) {
            int rows = shown.getRowCount();
            label.setText(rows == model.getRowCount() ? total.toString() : rows + " shown of " + model.getRowCount() + " (" + total + ")");
        }
    }

    private static JToggleButton toggle(String text) {
        JToggleButton button = new JToggleButton(text, true);
        button.setName("problems:" + text.toLowerCase(Locale.ROOT));
        button.putClientProperty("JButton.buttonType", "toolBarButton");
        return button;
    }

    /** Validates the workspace as a job; a newer run replaces an older one's result. */
    private void validate() {
        long run = generation.incrementAndGet();
        site.workbench().jobs().schedule("Checking the workspace", monitor -> {
            monitor.begin("Validating", -1);
            List<Problem> problems = validation.validate(workspace.snapshot(), new ValidationContext(LocalDate.now()));
            SwingUtilities.invokeLater(() -> {
                if (run == generation.get() && listener != null) {
                    model.rows = new ArrayList<>(problems);
                    model.fireTableDataChanged();
                    long e = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
                    long w = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
                    summary.setText(e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                            + (problems.size() - e - w) + " other");
                    summary.putClientProperty("problems.total", summary.getText());
                    refilterSummary(table, summary);
                }
            });
        });
    }

    @Override
    public void dispose() {
        if (listener != null) {
            listener.unregister();
            listener = null;
        }
    }

    private static final class Model extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Severity", "Problem", "Type", "Id", "Field"};
        private transient List<Problem> rows = List.of();

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
            Problem p = rows.get(row);
            return switch (column) {
                case 0 -> p.severity().name();
                case 1 -> p.message();
                case 2 -> p.entityType();
                case 3 -> p.entityId();
                default -> p.field();
            };
        }
    }
}

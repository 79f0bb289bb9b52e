package org.strategyworkbench.workbench.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.TextChange;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.problems.Validator;
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
    private final AtomicLong generation = new AtomicLong();
    private ServiceRegistration<WorkspaceListener> listener;
    private ServiceListener checks;
    private javax.swing.Timer checksChanged;
    private static final int CHECKS_SETTLE_MILLIS = 300;
    private PartSite site;
    private JLabel summary;
    private LiveTable<Problem> table;
    /** The counts of the latest validation, or {@code null} before the first one. */
    private String total;

    @Activate
    public ProblemsView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.workspace = workspace;
        this.validation = validation;
    }

    @Override
    public JComponent createControl(PartSite partSite) {
        this.site = partSite;
        table = new LiveTable<>("problems:table", List.of(
                new LiveTable.Column<>("Severity", p -> p.severity().name(), 90),
                new LiveTable.Column<>("Problem", Problem::message, 520),
                new LiveTable.Column<>("Type", Problem::entityType, 110),
                new LiveTable.Column<>("Id", Problem::entityId, 90),
                new LiveTable.Column<>("Field", Problem::field, 110)), p -> p);
        table.setRenderer(0, new Tables.LevelRenderer());
        JTextField filter = new JTextField(24);
        filter.setName("problems:filter");
        filter.putClientProperty("JTextField.placeholderText", "Filter (text, id, field)");
        filter.putClientProperty("JTextField.showClearButton", true);
        JToggleButton errors = toggle("Errors");
        JToggleButton warnings = toggle("Warnings");
        JToggleButton infos = toggle("Info");
        summary = new JLabel("Checking the workspace…");
        summary.setName("problems:summary");
        Runnable refilter = () -> {
            String text = filter.getText().trim().toLowerCase(Locale.ROOT);
            table.setFilter(p -> switch (p.severity()) {
                case ERROR -> errors.isSelected();
                case WARNING -> warnings.isSelected();
                case INFO -> infos.isSelected();
            } && (text.isEmpty() || p.describe().toLowerCase(Locale.ROOT).contains(text)));
            showSummary();
        };
        TextChange.on(filter, refilter);
        errors.addActionListener(e -> refilter.run());
        warnings.addActionListener(e -> refilter.run());
        infos.addActionListener(e -> refilter.run());
        table.onSelect(p -> site.setSelection(p.entityId().isEmpty() ? Selection.of(site.id(), p)
                : Selection.of(site.id(), new EntityRef(p.entityType(), p.entityId()))));
        table.onOpen(p -> {
            if (!p.entityId().isEmpty()) {
                site.workbench().openEditor(new EntityRef(p.entityType(), p.entityId()));
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
        panel.add(table.component(), BorderLayout.CENTER);
        listener = context.registerService(WorkspaceListener.class, event -> validate(), null);
        // a plugin's validator that arrives or goes changes the problems as much as an edit does; the
        // check waits a moment so that the validation service has taken the change in (it hears of
        // it from the same event, in no set order)
        checksChanged = new javax.swing.Timer(CHECKS_SETTLE_MILLIS, e -> validate());
        checksChanged.setRepeats(false);
        checks = event -> SwingUtilities.invokeLater(() -> {
            if (checksChanged != null) {
                checksChanged.restart();
            }
        });
        try {
            context.addServiceListener(checks, "(" + Constants.OBJECTCLASS + "=" + Validator.class.getName() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        validate();
        return panel;
    }

    /** The counts, and how many rows the filter shows when it hides some. */
    private void showSummary() {
        if (total != null) {
            int shown = table.visibleCount();
            int all = table.rows().size();
            summary.setText(shown == all ? total : shown + " shown of " + all + " (" + total + ")");
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
                    table.setRows(problems);
                    long e = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
                    long w = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
                    total = e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                            + (problems.size() - e - w) + " other";
                    showSummary();
                }
            });
        });
    }

    @Override
    public void dispose() {
        if (checks != null) {
            context.removeServiceListener(checks);
            checks = null;
            checksChanged.stop();
            checksChanged = null;
        }
        if (listener != null) {
            listener.unregister();
            listener = null;
        }
    }
}

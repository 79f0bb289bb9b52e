package org.strategyworkbench.commitments.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableCellRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.TextChange;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * The commitment register: every commitment, sorted and filtered by kind, strength, stage,
 * owner, provenance and confidence, and searched by text. Enter or a double-click opens the editor.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = RegisterView.ID, title = "Commitments", category = "Tracking", area = Area.CENTER,
        perspectives = CommitmentsPerspective.ID)
public final class RegisterView implements ViewPart {

    public static final String ID = "commitments.register";

    private final BundleContext context;
    private final Loader loader;
    private WorkspaceRefresh refresh;

    @Activate
    public RegisterView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.loader = new Loader(workspace, validation);
    }

    @Override
    public JComponent createControl(PartSite site) {
        LiveTable<CommitmentRows.Row> table = new LiveTable<>("commitments:table", List.of(
                new LiveTable.Column<>("Id", CommitmentRows.Row::id, 70),
                new LiveTable.Column<>("Title", r -> r.commitment().title(), 320),
                new LiveTable.Column<>("Kind", r -> r.commitment().kind(), 80),
                new LiveTable.Column<>("Strength", CommitmentRows.Row::strength, 70),
                new LiveTable.Column<>("Stage", r -> r.commitment().stage(), 90),
                new LiveTable.Column<>("Owner", r -> r.commitment().owner(), 160),
                new LiveTable.Column<>("Confidence", r -> r.commitment().confidence(), 90),
                new LiveTable.Column<>("Provenance", r -> r.commitment().provenance() == null ? "" : r.commitment().provenance().origin(), 110),
                new LiveTable.Column<>("Decision", r -> r.commitment().decisionDate(), 90),
                new LiveTable.Column<>("Due", r -> r.commitment().dueDate(), 90),
                new LiveTable.Column<>("Actions", CommitmentRows.Row::actions, 60),
                new LiveTable.Column<>("Stalling", r -> r.isStalling() ? "stalling" : "", 70)), CommitmentRows.Row::id);
        table.setRenderer(11, new StallingRenderer());
        JTextField search = new JTextField(18);
        search.setName("commitments:filter");
        search.putClientProperty("JTextField.placeholderText", "Search id, title, summary, owner");
        search.putClientProperty("JTextField.showClearButton", true);
        JComboBox<String> strength = Filters.combo("commitments:strength", "All strengths");
        Filters.choices(strength, List.of("soft", "concrete"));
        JComboBox<String> stage = Filters.combo("commitments:stage", "All stages");
        Filters.choices(stage, Arrays.asList(Stage.values()));
        JComboBox<String> kind = Filters.combo("commitments:kind", "All kinds");
        JComboBox<String> owner = Filters.combo("commitments:owner", "All owners");
        JComboBox<String> provenance = Filters.combo("commitments:provenance", "All provenances");
        Filters.choices(provenance, Arrays.asList(Provenance.Origin.values()));
        JComboBox<String> confidence = Filters.combo("commitments:confidence", "All confidence");
        Filters.choices(confidence, Arrays.asList(Confidence.values()));
        JCheckBox stallingOnly = new JCheckBox("Stalling only");
        stallingOnly.setName("commitments:stalling");
        stallingOnly.setMnemonic('S');
        JLabel count = new JLabel();
        count.setName("commitments:count");
        Runnable refilter = () -> {
            String text = search.getText().trim().toLowerCase(Locale.ROOT);
            table.setFilter(r -> Filters.accepts(strength, r.strength()) && Filters.accepts(stage, r.commitment().stage())
                    && Filters.accepts(kind, r.commitment().kind()) && Filters.accepts(owner, r.commitment().owner())
                    && Filters.accepts(provenance, r.commitment().provenance() == null ? "" : r.commitment().provenance().origin())
                    && Filters.accepts(confidence, r.commitment().confidence()) && (!stallingOnly.isSelected() || r.isStalling())
                    && (text.isEmpty() || (r.id() + " " + r.commitment().title() + " " + r.commitment().summary() + " "
                            + r.commitment().owner()).toLowerCase(Locale.ROOT).contains(text)));
            count.setText(table.visibleCount() + " of " + table.rows().size());
        };
        TextChange.on(search, refilter);
        boolean[] updatingChoices = {false};
        for (JComboBox<String> combo : List.of(strength, stage, kind, owner, provenance, confidence)) {
            combo.addActionListener(e -> {
                if (!updatingChoices[0]) {
                    refilter.run();
                }
            });
        }
        stallingOnly.addActionListener(e -> refilter.run());
        table.onSelect(r -> site.setSelection(Selection.of(site.id(), new EntityRef(CommitmentType.NAME, r.id()))));
        table.onOpen(r -> site.workbench().openEditor(new EntityRef(CommitmentType.NAME, r.id())));
        JPanel first = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 3));
        first.add(search);
        first.add(stallingOnly);
        first.add(count);
        JPanel second = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        for (JComboBox<String> combo : List.of(strength, stage, kind, owner, provenance, confidence)) {
            second.add(combo);
        }
        JPanel filters = new JPanel(new java.awt.GridLayout(2, 1));
        filters.add(first);
        filters.add(second);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(filters, BorderLayout.NORTH);
        panel.add(table.component(), BorderLayout.CENTER);
        Runnable reload = () -> loader.load(site.workbench(), "Loading commitments", data -> {
            updatingChoices[0] = true;
            try {
                Filters.choices(kind, data.kinds());
                Filters.choices(owner, data.owners());
            } finally {
                updatingChoices[0] = false;
            }
            table.setRows(data.rows());
            count.setText(table.visibleCount() + " of " + table.rows().size());
        });
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return panel;
    }

    @Override
    public void dispose() {
        loader.cancel();
        if (refresh != null) {
            refresh.close();
        }
    }

    /** Stalling rows stand out. */
    static final class StallingRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus, int row, int column) {
            JLabel label = (JLabel) super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            label.setForeground(selected ? t.getSelectionForeground() : "stalling".equals(value) ? new java.awt.Color(0xD9822B)
                    : t.getForeground());
            label.setFont(label.getFont().deriveFont("stalling".equals(value) ? java.awt.Font.BOLD : java.awt.Font.PLAIN));
            return label;
        }
    }
}

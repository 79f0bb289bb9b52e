package org.strategyworkbench.reporting.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.Form;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * Reporting rounds: freeze the workspace as a named round, and compare two rounds (or a round
 * and now) to see what was added, removed and changed, field by field.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = RoundsView.ID, title = "Reporting Rounds", category = "Tracking", area = Area.BOTTOM,
        perspectives = DashboardPerspective.ID)
public final class RoundsView implements ViewPart {

    public static final String ID = "reporting.rounds";
    private static final String NOW = "now (the workspace as it is)";

    private final BundleContext context;
    private final Rounds rounds;
    private WorkspaceRefresh refresh;

    @Activate
    public RoundsView(BundleContext context, @Reference Rounds rounds) {
        this.context = context;
        this.rounds = rounds;
    }

    @Override
    public JComponent createControl(PartSite site) {
        LiveTable<Round> list = new LiveTable<>("rounds:table", List.of(
                new LiveTable.Column<>("Round", Round::name, 180), new LiveTable.Column<>("Date", Round::date, 90),
                new LiveTable.Column<>("Revision", Round::revision, 70), new LiveTable.Column<>("Note", Round::note, 240)), Round::name);
        LiveTable<Difference> differences = new LiveTable<>("rounds:differences", List.of(
                new LiveTable.Column<>("Type", Difference::typeName, 90), new LiveTable.Column<>("Id", Difference::id, 90),
                new LiveTable.Column<>("Change", Difference::kind, 80),
                new LiveTable.Column<>("Fields", d -> String.join(", ", d.changedFields()), 300)), d -> d.typeName() + "/" + d.id());
        differences.onSelect(d -> site.setSelection(Selection.of(site.id(), new EntityRef(d.typeName(), d.id()))));
        differences.onOpen(d -> site.workbench().openEditor(new EntityRef(d.typeName(), d.id())));
        JComboBox<String> from = new JComboBox<>();
        from.setName("rounds:from");
        JComboBox<String> to = new JComboBox<>();
        to.setName("rounds:to");
        JLabel summary = new JLabel();
        summary.setName("rounds:summary");
        JButton freeze = new JButton("Freeze Round…");
        freeze.setName("rounds:freeze");
        freeze.setMnemonic('F');
        JButton compare = new JButton("Compare");
        compare.setName("rounds:compare");
        compare.setMnemonic('C');
        Runnable reload = () -> {
            List<Round> all = rounds.rounds();
            list.setRows(all);
            Object keepFrom = from.getSelectedItem();
            Object keepTo = to.getSelectedItem();
            from.removeAllItems();
            to.removeAllItems();
            to.addItem(NOW);
            for (Round r : all) {
                from.addItem(r.name());
                to.addItem(r.name());
            }
            if (keepFrom != null) {
                from.setSelectedItem(keepFrom);
            } else if (!all.isEmpty()) {
                from.setSelectedIndex(all.size() - 1);
            }
            to.setSelectedItem(keepTo != null ? keepTo : NOW);
            compare.setEnabled(!all.isEmpty());
        };
        compare.addActionListener(e -> {
            Optional<Round> a = rounds.round(String.valueOf(from.getSelectedItem()));
            Optional<Round> b = NOW.equals(to.getSelectedItem()) ? Optional.empty() : rounds.round(String.valueOf(to.getSelectedItem()));
            if (a.isEmpty()) {
                return;
            }
            site.workbench().jobs().schedule("Comparing rounds", monitor -> {
                List<Difference> found = rounds.compare(a.get(), b);
                SwingUtilities.invokeLater(() -> {
                    differences.setRows(found);
                    long added = found.stream().filter(d -> d.kind() == Difference.Kind.ADDED).count();
                    long removed = found.stream().filter(d -> d.kind() == Difference.Kind.REMOVED).count();
                    summary.setText(a.get().name() + " → " + b.map(Round::name).orElse("now") + ": " + added + " added, "
                            + (found.size() - added - removed) + " changed, " + removed + " removed");
                });
            });
        });
        freeze.addActionListener(e -> freeze(site));
        list.onSelect(r -> from.setSelectedItem(r.name()));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 2));
        bar.add(freeze);
        bar.add(new JLabel("   Compare"));
        bar.add(from);
        bar.add(new JLabel("with"));
        bar.add(to);
        bar.add(compare);
        bar.add(summary);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, list.component(), differences.component());
        split.setResizeWeight(0.35);
        split.setBorder(null);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        panel.add(split, BorderLayout.CENTER);
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return panel;
    }

    private void freeze(PartSite site) {
        JTextField name = new JTextField("Round " + (rounds.rounds().size() + 1), 24);
        JTextField date = new JTextField(LocalDate.now().toString(), 12);
        JTextField note = new JTextField(30);
        Form form = new Form().add("&Name", name).add("&Date", date).add("N&ote", note);
        List<String> problems = new ArrayList<>();
        while (true) {
            if (!problems.isEmpty()) {
                JOptionPane.showMessageDialog(null, String.join("\n", problems), "Freeze Round", JOptionPane.WARNING_MESSAGE);
                problems.clear();
            }
            int answer = JOptionPane.showConfirmDialog(SwingUtilities.getWindowAncestor(java.awt.KeyboardFocusManager
                    .getCurrentKeyboardFocusManager().getFocusOwner()), form.panel(), "Freeze a Reporting Round",
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            LocalDate on;
            try {
                on = LocalDate.parse(date.getText().trim());
            } catch (DateTimeParseException e) {
                problems.add("Date: '" + date.getText().trim() + "' is not a date like 2026-03-31");
                continue;
            }
            try {
                Round round = rounds.freeze(name.getText().trim(), on, note.getText().trim());
                site.workbench().notifications().info("Froze round '" + round.name() + "' at revision " + round.revision());
                return;
            } catch (EditRejectedException e) {
                problems.add(e.getMessage());
            }
        }
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}

package org.strategyworkbench.sample.delegation.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * "National Activity": one ally's actions and programmes, chosen in a drop-down, kept up to date
 * with every change of the workspace (from the window, the console or an import).
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = NationalActivityView.ID, title = "National Activity", category = "National",
        area = Area.RIGHT, perspectives = "*")
public final class NationalActivityView implements ViewPart {

    /** The view's id. */
    public static final String ID = "org.strategyworkbench.sample.delegation.activity";

    private final BundleContext context;
    private final Workspace workspace;
    private WorkspaceRefresh refresh;

    @Activate
    public NationalActivityView(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @Override
    public JComponent createControl(PartSite site) {
        LiveTable<Action> table = new LiveTable<>("national:actions", List.of(
                new LiveTable.Column<>("Id", Action::id, 80),
                new LiveTable.Column<>("Commitment", Action::commitment, 80),
                new LiveTable.Column<>("Type", Action::type, 90),
                new LiveTable.Column<>("Status", Action::status, 80),
                new LiveTable.Column<>("Title", Action::title, 240),
                new LiveTable.Column<>("End", Action::end, 80)), Action::id);
        table.onSelect(a -> site.setSelection(Selection.of(site.id(), new EntityRef(ActionEntityType.NAME, a.id()))));
        table.onOpen(a -> site.workbench().openEditor(new EntityRef(ActionEntityType.NAME, a.id())));
        JComboBox<String> ally = new JComboBox<>();
        ally.setName("national:ally");
        JLabel summary = new JLabel();
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING));
        JLabel label = new JLabel("Ally:");
        label.setDisplayedMnemonic('A');
        label.setLabelFor(ally);
        top.add(label);
        top.add(ally);
        top.add(summary);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(top, BorderLayout.NORTH);
        panel.add(table.component(), BorderLayout.CENTER);
        Runnable reload = () -> {
            WorkspaceSnapshot snapshot = workspace.snapshot();
            fillAllies(ally, snapshot);
            String code = (String) ally.getSelectedItem();
            List<Action> actions = code == null ? List.of() : snapshot.partition(ActionEntityType.TYPE, code);
            int programmes = code == null ? 0 : snapshot.partition(NationalProgrammeType.TYPE, code).size();
            table.setRows(actions);
            summary.setText(actions.size() + " actions, " + programmes + " national programmes");
        };
        ally.addActionListener(e -> SwingUtilities.invokeLater(reload));
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return panel;
    }

    private static void fillAllies(JComboBox<String> box, WorkspaceSnapshot snapshot) {
        List<String> codes = snapshot.all(AllyType.TYPE).stream().map(a -> a.code()).toList();
        if (box.getItemCount() != codes.size()) {
            Object selected = box.getSelectedItem();
            box.removeAllItems();
            codes.forEach(box::addItem);
            if (selected != null && codes.contains(selected)) {
                box.setSelectedItem(selected);
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

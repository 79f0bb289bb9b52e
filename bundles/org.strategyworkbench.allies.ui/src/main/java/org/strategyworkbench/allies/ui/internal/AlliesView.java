package org.strategyworkbench.allies.ui.internal;

import java.awt.BorderLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.Position;
import org.strategyworkbench.actions.PositionType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.allies.MaturityTier;
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

/** The allies with their space-maturity tier and what they report: actions, commitments acted on, declarations. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = AlliesView.ID, title = "Allies", category = "Tracking", area = Area.LEFT, perspectives = AlliesPerspective.ID)
public final class AlliesView implements ViewPart {

    public static final String ID = "allies.list";

    record Row(Ally ally, int actions, int done, int commitments, int declared) {
        String code() {
            return ally.code();
        }

        MaturityTier tier() {
            return ally.tier();
        }
    }

    private final BundleContext context;
    private final Workspace workspace;
    private WorkspaceRefresh refresh;

    @Activate
    public AlliesView(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    static List<Row> rows(WorkspaceSnapshot snapshot) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Set<String>> acting = new HashMap<>();
        for (Action a : snapshot.all(ActionEntityType.TYPE)) {
            int[] c = counts.computeIfAbsent(a.ally(), k -> new int[3]);
            c[0]++;
            if (a.status() == ActionStatus.DONE) {
                c[1]++;
            }
            acting.computeIfAbsent(a.ally(), k -> new HashSet<>()).add(a.commitment());
        }
        for (Position p : snapshot.all(PositionType.TYPE)) {
            counts.computeIfAbsent(p.ally(), k -> new int[3])[2]++;
        }
        return snapshot.all(AllyType.TYPE).stream().map(ally -> {
            int[] c = counts.getOrDefault(ally.code(), new int[3]);
            return new Row(ally, c[0], c[1], acting.getOrDefault(ally.code(), Set.of()).size(), c[2]);
        }).toList();
    }

    @Override
    public JComponent createControl(PartSite site) {
        LiveTable<Row> table = new LiveTable<>("allies:table", List.of(
                new LiveTable.Column<>("Code", Row::code, 50),
                new LiveTable.Column<>("Ally", r -> r.ally().name(), 130),
                new LiveTable.Column<>("Tier", Row::tier, 90),
                new LiveTable.Column<>("Since", r -> r.ally().accessionYear(), 50),
                new LiveTable.Column<>("Actions", Row::actions, 60),
                new LiveTable.Column<>("Done", Row::done, 50),
                new LiveTable.Column<>("Commitments", Row::commitments, 80),
                new LiveTable.Column<>("Declared", Row::declared, 60)), Row::code);
        table.onSelect(r -> site.setSelection(Selection.of(site.id(), new EntityRef(AllyType.NAME, r.code()))));
        table.onOpen(r -> site.workbench().openEditor(new EntityRef(AllyType.NAME, r.code())));
        JLabel summary = new JLabel();
        summary.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(summary, BorderLayout.NORTH);
        panel.add(table.component(), BorderLayout.CENTER);
        Runnable reload = () -> site.workbench().jobs().schedule("Loading allies", monitor -> {
            List<Row> rows = rows(workspace.snapshot());
            SwingUtilities.invokeLater(() -> {
                table.setRows(rows);
                long reporting = rows.stream().filter(r -> r.actions() + r.declared() > 0).count();
                summary.setText(rows.size() + " allies, " + reporting + " have reported");
            });
        });
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return panel;
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}

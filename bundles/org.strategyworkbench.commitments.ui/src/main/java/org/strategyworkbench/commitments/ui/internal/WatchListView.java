package org.strategyworkbench.commitments.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * The soft-commitment watch list: every explore / study / assess … commitment with its age, how
 * long it has been quiet, its decision date, follow-ups and actions, where it stands on the way to
 * concrete action, and why the checks say it stalls. Stalling ones first.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = WatchListView.ID, title = "Soft Commitments", category = "Tracking", area = Area.CENTER,
        perspectives = CommitmentsPerspective.ID)
public final class WatchListView implements ViewPart {

    public static final String ID = "commitments.watch";

    private final BundleContext context;
    private final Loader loader;
    private WorkspaceRefresh refresh;

    @Activate
    public WatchListView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.loader = new Loader(workspace, validation);
    }

    @Override
    public JComponent createControl(PartSite site) {
        LiveTable<CommitmentRows.Row> table = new LiveTable<>("watch:table", List.of(
                new LiveTable.Column<>("Stalling", r -> r.isStalling() ? "stalling" : "", 70),
                new LiveTable.Column<>("Id", CommitmentRows.Row::id, 70),
                new LiveTable.Column<>("Title", r -> r.commitment().title(), 300),
                new LiveTable.Column<>("Kind", r -> r.commitment().kind(), 80),
                new LiveTable.Column<>("Stage", r -> r.commitment().stage(), 90),
                new LiveTable.Column<>("Where it stands", r -> r.conversion().label, 120),
                new LiveTable.Column<>("Age (days)", CommitmentRows.Row::ageDays, 80),
                new LiveTable.Column<>("Quiet (days)", CommitmentRows.Row::quietDays, 80),
                new LiveTable.Column<>("Decision date", r -> r.commitment().decisionDate(), 100),
                new LiveTable.Column<>("Follow-ups", r -> r.commitment().followUps(), 110),
                new LiveTable.Column<>("Actions", CommitmentRows.Row::actions, 60),
                new LiveTable.Column<>("Why", CommitmentRows.Row::stalling, 260)), CommitmentRows.Row::id);
        table.setRenderer(0, new RegisterView.StallingRenderer());
        table.table().getRowSorter().setSortKeys(List.of(new javax.swing.RowSorter.SortKey(0, javax.swing.SortOrder.DESCENDING),
                new javax.swing.RowSorter.SortKey(6, javax.swing.SortOrder.DESCENDING)));
        JCheckBox openOnly = new JCheckBox("Only undecided", true);
        openOnly.setName("watch:undecided");
        openOnly.setMnemonic('U');
        JLabel summary = new JLabel();
        summary.setName("watch:summary");
        Runnable refilter = () -> {
            table.setFilter(r -> r.isSoft() && (!openOnly.isSelected() || r.commitment().stage().isUndecided()));
            long stalling = table.visibleRows().stream().filter(CommitmentRows.Row::isStalling).count();
            summary.setText(table.visibleRows().size() + " soft commitments shown, " + stalling + " stalling");
        };
        openOnly.addActionListener(e -> refilter.run());
        table.onSelect(r -> site.setSelection(Selection.of(site.id(), new EntityRef(CommitmentType.NAME, r.id()))));
        table.onOpen(r -> site.workbench().openEditor(new EntityRef(CommitmentType.NAME, r.id())));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 3));
        bar.add(openOnly);
        bar.add(summary);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        panel.add(table.component(), BorderLayout.CENTER);
        Runnable reload = () -> loader.load(site.workbench(), "Loading the watch list", data -> {
            table.setRows(data.rows());
            refilter.run();
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
}

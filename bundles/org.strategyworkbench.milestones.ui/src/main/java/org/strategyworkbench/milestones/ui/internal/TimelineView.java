package org.strategyworkbench.milestones.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.TextChange;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/** The milestone timeline, filtered by text and to late ones, refreshed as the workspace changes. */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = TimelineView.ID, title = "Timeline", category = "Tracking", area = Area.CENTER,
        perspectives = MilestonesPerspective.ID)
public final class TimelineView implements ViewPart {

    public static final String ID = "milestones.timeline";

    private final BundleContext context;
    private final Workspace workspace;
    private WorkspaceRefresh refresh;
    private List<Milestone> all = List.of();

    @Activate
    public TimelineView(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    static List<Milestone> sorted(List<Milestone> milestones) {
        return milestones.stream().sorted(Comparator
                .comparing((Milestone m) -> m.actual() != null ? m.actual() : m.expected().orElse(LocalDate.MAX))
                .thenComparing(Milestone::id)).toList();
    }

    @Override
    public JComponent createControl(PartSite site) {
        TimelineChart chart = new TimelineChart();
        JTextField search = new JTextField(20);
        search.setName("timeline:filter");
        search.putClientProperty("JTextField.placeholderText", "Filter milestones");
        search.putClientProperty("JTextField.showClearButton", true);
        JCheckBox lateOnly = new JCheckBox("Late only");
        lateOnly.setName("timeline:late");
        lateOnly.setMnemonic('L');
        JLabel summary = new JLabel();
        summary.setName("timeline:summary");
        Runnable refilter = () -> {
            String text = search.getText().trim().toLowerCase(Locale.ROOT);
            LocalDate today = LocalDate.now();
            List<Milestone> shown = all.stream().filter(m -> !lateOnly.isSelected() || m.status(today) == MilestoneStatus.LATE)
                    .filter(m -> text.isEmpty() || (m.id() + " " + m.title() + " " + m.owner() + " " + m.commitment())
                            .toLowerCase(Locale.ROOT).contains(text)).toList();
            chart.show(shown, today);
            long late = all.stream().filter(m -> m.status(today) == MilestoneStatus.LATE).count();
            summary.setText(shown.size() + " of " + all.size() + " milestones, " + late + " late");
        };
        TextChange.on(search, refilter);
        lateOnly.addActionListener(e -> refilter.run());
        chart.onSelect(m -> site.setSelection(Selection.of(site.id(), new EntityRef(MilestoneType.NAME, m.id()))));
        chart.onOpen(m -> site.workbench().openEditor(new EntityRef(MilestoneType.NAME, m.id())));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 8, 3));
        bar.add(search);
        bar.add(lateOnly);
        bar.add(new JLabel("◇ baseline  ◆ forecast  ✓ actual  — today in red"));
        bar.add(summary);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(bar, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(chart);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        Runnable reload = () -> site.workbench().jobs().schedule("Loading the timeline", monitor -> {
            List<Milestone> loaded = sorted(workspace.snapshot().all(MilestoneType.TYPE));
            SwingUtilities.invokeLater(() -> {
                all = loaded;
                refilter.run();
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

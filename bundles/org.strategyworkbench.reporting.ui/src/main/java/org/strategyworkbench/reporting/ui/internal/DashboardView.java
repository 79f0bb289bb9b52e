package org.strategyworkbench.reporting.ui.internal;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.rounds.Difference;
import org.strategyworkbench.core.rounds.Round;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.milestones.MilestoneStatus;
import org.strategyworkbench.workbench.contribution.Area;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;
import org.strategyworkbench.workbench.contribution.ViewProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/**
 * The dashboard a staff officer opens first: headline figures, commitments by stage and strength,
 * actions and milestones by status, and the lists that need attention: what is late, what stalls,
 * what changed since the last reporting round. A double-click on a line opens it.
 */
@Component(service = ViewPart.class, scope = ServiceScope.PROTOTYPE)
@ViewProperties(id = DashboardView.ID, title = "Dashboard", category = "Tracking", area = Area.CENTER,
        perspectives = DashboardPerspective.ID)
public final class DashboardView implements ViewPart {

    public static final String ID = "reporting.dashboard";

    private static final Color BLUE = new Color(0x2E75B6);
    private static final Color LIGHT_BLUE = new Color(0x9DC3E6);
    private static final Color GREEN = new Color(0x4C9A2A);
    private static final Color AMBER = new Color(0xE2A53A);
    private static final Color RED = new Color(0xDB5860);
    private static final Color GREY = new Color(0x9E9E9E);

    private final BundleContext context;
    private final Workspace workspace;
    private final Validation validation;
    private final Rounds rounds;
    private WorkspaceRefresh refresh;

    @Activate
    public DashboardView(BundleContext context, @Reference Workspace workspace, @Reference Validation validation,
            @Reference Rounds rounds) {
        this.context = context;
        this.workspace = workspace;
        this.validation = validation;
        this.rounds = rounds;
    }

    @Override
    public JComponent createControl(PartSite site) {
        JPanel cards = new JPanel(new GridLayout(0, 3, 10, 10));
        cards.setOpaque(false);
        Card commitments = card(cards, "dashboard:commitments", "Commitments", BLUE);
        Card undecided = card(cards, "dashboard:undecided", "Soft, still undecided", AMBER);
        Card stalling = card(cards, "dashboard:stalling", "Stalling", RED);
        Card late = card(cards, "dashboard:late", "Milestones late", RED);
        Card actions = card(cards, "dashboard:actions", "Actions recorded", GREEN);
        Card allies = card(cards, "dashboard:allies", "Allies reporting", LIGHT_BLUE);
        BarChart stages = new BarChart("dashboard:stages", "Commitments by stage");
        BarChart strength = new BarChart("dashboard:strength", "By strength");
        BarChart actionStatus = new BarChart("dashboard:action-status", "Actions by status");
        BarChart milestoneStatus = new BarChart("dashboard:milestone-status", "Milestones by status");
        LiveTable<DashboardData.Item> lateList = list(site, "dashboard:late-list", "What is late");
        LiveTable<DashboardData.Item> stallList = list(site, "dashboard:stall-list", "What stalls");
        LiveTable<DashboardData.Item> changeList = list(site, "dashboard:change-list", "Changed");
        JLabel changedTitle = new JLabel("Changed since the last round");

        JPanel page = new WidthTrackingPanel();
        page.setBorder(BorderFactory.createEmptyBorder(12, 14, 12, 14));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.gridwidth = 4;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(0, 0, 12, 0);
        page.add(cards, c);
        c.gridy = 1;
        JPanel charts = new JPanel(new GridLayout(1, 0, 18, 0));
        charts.setOpaque(false);
        for (BarChart chart : List.of(stages, strength, actionStatus, milestoneStatus)) {
            charts.add(chart);
        }
        page.add(charts, c);
        c.gridy = 2;
        c.gridx = 0;
        c.gridwidth = 4;
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(0, 0, 0, 0);
        JPanel lists = new JPanel(new GridLayout(1, 3, 12, 0));
        lists.add(titled("What is late", lateList));
        lists.add(titled("What stalls", stallList));
        JPanel changes = new JPanel(new BorderLayout(0, 4));
        changedTitle.setFont(changedTitle.getFont().deriveFont(Font.BOLD));
        changes.add(changedTitle, BorderLayout.NORTH);
        changes.add(changeList.component(), BorderLayout.CENTER);
        lists.add(changes);
        lists.setPreferredSize(new Dimension(600, 260));
        page.add(lists, c);

        Runnable reload = () -> site.workbench().jobs().schedule("Updating the dashboard", monitor -> {
            WorkspaceSnapshot snapshot = workspace.snapshot();
            LocalDate today = LocalDate.now();
            Optional<Round> last = rounds.rounds().stream().max(Comparator.comparingLong(Round::revision));
            List<Difference> differences = last.map(r -> rounds.compare(r, Optional.empty())).orElse(List.of());
            DashboardData data = DashboardData.of(snapshot, validation.validate(snapshot, new ValidationContext(today)), today, last,
                    differences);
            SwingUtilities.invokeLater(() -> {
                commitments.set(data.commitments(), data.soft() + " soft, " + (data.commitments() - data.soft()) + " concrete");
                undecided.set(data.softUndecided(), "of " + data.soft() + " soft commitments");
                stalling.set(data.stalling(), "no decision in sight");
                late.set(data.lateMilestones(), "past their expected date");
                actions.set(data.actions(), data.byActionStatus().get(ActionStatus.DONE) + " done");
                allies.set(data.alliesReporting(), "of " + data.allies() + " allies");
                List<BarChart.Bar> stageBars = new ArrayList<>();
                for (Stage s : Stage.values()) {
                    stageBars.add(new BarChart.Bar(LiveTable.text(s), data.byStage().get(s),
                            s.isUndecided() ? AMBER : s == Stage.CLOSED ? GREY : s == Stage.DONE ? GREEN : BLUE));
                }
                stages.show(stageBars);
                strength.show(List.of(new BarChart.Bar("soft", data.softCount(), AMBER), new BarChart.Bar("concrete", data.concreteCount(), BLUE)));
                List<BarChart.Bar> actionBars = new ArrayList<>();
                for (ActionStatus s : ActionStatus.values()) {
                    actionBars.add(new BarChart.Bar(LiveTable.text(s), data.byActionStatus().get(s),
                            s == ActionStatus.DONE ? GREEN : s == ActionStatus.CANCELLED ? GREY : s == ActionStatus.PLANNED ? LIGHT_BLUE : BLUE));
                }
                actionStatus.show(actionBars);
                List<BarChart.Bar> milestoneBars = new ArrayList<>();
                for (MilestoneStatus s : MilestoneStatus.values()) {
                    milestoneBars.add(new BarChart.Bar(LiveTable.text(s), data.byMilestoneStatus().get(s),
                            s == MilestoneStatus.LATE ? RED : s == MilestoneStatus.AT_RISK ? AMBER : s == MilestoneStatus.DONE ? GREEN : BLUE));
                }
                milestoneStatus.show(milestoneBars);
                lateList.setRows(data.late());
                stallList.setRows(data.stalls());
                changeList.setRows(data.changes());
                changedTitle.setText(data.round().map(r -> "Changed since round '" + r.name() + "' (" + r.date() + "): "
                        + data.changes().size()).orElse("Changes: no round frozen yet"));
            });
        });
        JScrollPane scroll = new JScrollPane(page);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        refresh = WorkspaceRefresh.register(context, reload);
        reload.run();
        return scroll;
    }

    private static LiveTable<DashboardData.Item> list(PartSite site, String name, String header) {
        LiveTable<DashboardData.Item> table = new LiveTable<>(name, List.of(new LiveTable.Column<>(header, DashboardData.Item::text, 300)),
                item -> item.type() + "/" + item.id());
        table.table().setTableHeader(null);
        table.onSelect(item -> site.setSelection(Selection.of(site.id(), new EntityRef(item.type(), item.id()))));
        table.onOpen(item -> site.workbench().openEditor(new EntityRef(item.type(), item.id())));
        return table;
    }

    private static JPanel titled(String title, LiveTable<?> table) {
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        JLabel label = new JLabel(title);
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        panel.add(label, BorderLayout.NORTH);
        panel.add(table.component(), BorderLayout.CENTER);
        return panel;
    }

    /** The dashboard's page: as wide as the view, scrolling only vertically. */
    static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {
        private static final long serialVersionUID = 1L;

        WidthTrackingPanel() {
            super(new GridBagLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return Math.max(16, visible.height - 32);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof javax.swing.JViewport viewport && viewport.getHeight() > getPreferredSize().height;
        }
    }

    /** A headline figure with its caption. */
    static final class Card extends JPanel {
        private static final long serialVersionUID = 1L;
        private final JLabel value = new JLabel("…");
        private final JLabel detail = new JLabel(" ");

        Card(String name, String title, Color accent) {
            super(new BorderLayout(0, 2));
            setName(name);
            setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 4, 0, 0, accent),
                    BorderFactory.createEmptyBorder(6, 10, 6, 10)));
            setBackground(UIManager.getColor("Table.background"));
            JLabel caption = new JLabel(title);
            caption.setForeground(UIManager.getColor("Label.disabledForeground"));
            value.setName(name + ":value");
            value.setFont(value.getFont().deriveFont(Font.BOLD, value.getFont().getSize2D() * 2f));
            detail.setForeground(UIManager.getColor("Label.disabledForeground"));
            add(caption, BorderLayout.NORTH);
            add(value, BorderLayout.CENTER);
            add(detail, BorderLayout.SOUTH);
        }

        void set(int number, String text) {
            value.setText(String.valueOf(number));
            detail.setText(text);
        }

        @Override
        public void updateUI() {
            super.updateUI();
            setBackground(UIManager.getColor("Table.background"));
        }
    }

    private static Card card(JPanel cards, String name, String title, Color accent) {
        Card card = new Card(name, title, accent);
        cards.add(card);
        return card;
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}

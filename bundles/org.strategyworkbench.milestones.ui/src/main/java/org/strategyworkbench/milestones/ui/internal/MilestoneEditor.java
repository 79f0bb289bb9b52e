package org.strategyworkbench.milestones.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.workbench.contribution.EditorPart;
import org.strategyworkbench.workbench.contribution.EditorProperties;
import org.strategyworkbench.workbench.contribution.EditorSite;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.WorkspaceRefresh;

/** The editor of one milestone: its dates by form, its commitment, owner and dependencies. */
@Component(service = EditorPart.class, scope = ServiceScope.PROTOTYPE)
@EditorProperties(entityType = MilestoneType.NAME)
public final class MilestoneEditor implements EditorPart {

    private final BundleContext context;
    private final Workspace workspace;
    private final MilestoneForm fields = new MilestoneForm();
    private final JLabel heading = new JLabel();
    private final JLabel state = new JLabel();
    private final JLabel message = new JLabel(" ");
    private WorkspaceRefresh refresh;
    private EditorSite site;
    private Milestone shown;

    @Activate
    public MilestoneEditor(BundleContext context, @Reference Workspace workspace) {
        this.context = context;
        this.workspace = workspace;
    }

    @Override
    public JComponent createControl(EditorSite editorSite) {
        this.site = editorSite;
        JButton save = new JButton("Save Changes");
        save.setName("milestone:save");
        save.setMnemonic('S');
        save.addActionListener(e -> save());
        JButton revert = new JButton("Revert");
        revert.setMnemonic('R');
        revert.addActionListener(e -> fields.fill(shown));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        buttons.add(save);
        buttons.add(revert);
        buttons.add(message);
        Form form = new Form().section("Milestone").add("Status", state);
        JPanel body = fields.panel(form.wide(buttons));
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        heading.setBorder(BorderFactory.createEmptyBorder(8, 10, 4, 10));
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(heading, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(body);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        panel.add(scroll, BorderLayout.CENTER);
        refresh = WorkspaceRefresh.register(context, this::reload);
        reload();
        return panel;
    }

    private void reload() {
        Optional<Milestone> current = workspace.snapshot().get(MilestoneType.TYPE, site.input().id());
        if (current.isEmpty()) {
            heading.setText(site.input().id() + " — no longer in the workspace");
            return;
        }
        boolean first = shown == null;
        boolean editing = !first && isEdited();
        shown = current.get();
        heading.setText(shown.id() + "  " + shown.title());
        site.setTitle(shown.id());
        state.setText(LiveTable.text(shown.status(LocalDate.now())) + shown.slipDays().map(d -> d == 0 ? "" : ", slipped " + d + " days").orElse(""));
        if (first || !editing) {
            fields.fill(shown);
        }
    }

    private boolean isEdited() {
        try {
            return !fields.read(shown.id(), shown.precision(), shown.provenance()).equals(shown);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private void save() {
        Milestone edited;
        try {
            edited = fields.read(shown.id(), shown.precision(), shown.provenance());
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            return;
        }
        if (edited.equals(shown)) {
            message.setText("Nothing changed");
            return;
        }
        Edits.apply(workspace, Edit.named("Edit milestone " + shown.id()).put(MilestoneType.TYPE, edited).build(),
                site.workbench().notifications()).ifPresent(e -> message.setText("Saved as revision " + e.revision()));
    }

    @Override
    public void dispose() {
        if (refresh != null) {
            refresh.close();
        }
    }
}

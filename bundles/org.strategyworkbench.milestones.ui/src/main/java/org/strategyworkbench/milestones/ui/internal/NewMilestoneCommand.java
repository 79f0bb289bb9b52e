package org.strategyworkbench.milestones.ui.internal;

import javax.swing.JOptionPane;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.milestones.Milestone;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;

/** File › New › Milestone: adds a milestone (for the selected commitment, if one is), shows it on the timeline. */
@Component(service = CommandHandler.class)
@CommandProperties(id = "milestones.new", label = "New Milestone…", description = "Add a milestone to the timeline",
        category = "Milestones", keys = "ctrl alt M", locations = "file/new", rank = 30)
public final class NewMilestoneCommand implements CommandHandler {

    private final Workspace workspace;

    @Activate
    public NewMilestoneCommand(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    /** The next free id of a milestone added by staff: {@code M-01}, {@code M-02}, …. */
    static String nextId(java.util.Set<String> ids) {
        int max = 0;
        for (String id : ids) {
            if (id.matches("M-[0-9]+")) {
                max = Math.max(max, Integer.parseInt(id.substring(2)));
            }
        }
        return String.format("M-%02d", max + 1);
    }

    @Override
    public void execute(CommandContext context) {
        String id = nextId(workspace.snapshot().ids(MilestoneType.NAME));
        MilestoneForm fields = new MilestoneForm();
        context.selection().itemsOf(EntityRef.class).stream().filter(r -> r.type().equals(CommitmentType.NAME)).findFirst()
                .ifPresent(r -> fields.commitment.setText(r.id()));
        javax.swing.JPanel panel = fields.panel(new Form().add("Id", new javax.swing.JLabel(id)));
        while (true) {
            int answer = JOptionPane.showConfirmDialog(context.window(), panel, "New Milestone", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            Milestone milestone;
            try {
                milestone = fields.read(id, "day", new Provenance(Provenance.Origin.STAFF_RECORD, "Added in the workbench", ""));
            } catch (IllegalArgumentException e) {
                JOptionPane.showMessageDialog(context.window(), e.getMessage(), "New Milestone", JOptionPane.WARNING_MESSAGE);
                continue;
            }
            if (Edits.apply(workspace, Edit.named("Add milestone " + id).put(MilestoneType.TYPE, milestone).build(),
                    context.workbench().notifications()).isPresent()) {
                context.workbench().showView(TimelineView.ID);
            }
            return;
        }
    }
}

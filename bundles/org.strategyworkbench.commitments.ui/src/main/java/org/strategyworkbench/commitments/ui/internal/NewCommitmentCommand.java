package org.strategyworkbench.commitments.ui.internal;

import java.time.LocalDate;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.CommandProperties;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;

/** File › New › Commitment: records a commitment staff add, and opens it. */
@Component(service = CommandHandler.class)
@CommandProperties(id = "commitments.new", label = "New Commitment…", description = "Record a commitment and open it",
        category = "Commitments", keys = "ctrl alt C", locations = "file/new", rank = 10)
public final class NewCommitmentCommand implements CommandHandler {

    private final Workspace workspace;

    @Activate
    public NewCommitmentCommand(@Reference Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void execute(CommandContext context) {
        String id = CommitmentRows.nextId(workspace.snapshot());
        JTextField title = new JTextField(36);
        JComboBox<String> kind = new JComboBox<>(Kinds.all().toArray(new String[0]));
        kind.setSelectedItem("explore");
        JTextField owner = new JTextField(36);
        JTextField source = new JTextField("Recorded by staff in the workbench", 36);
        Form form = new Form().add("Id", new javax.swing.JLabel(id)).add("&Title", title).add("&Kind", kind).add("&Owner", owner)
                .add("&Source", source);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(context.window(), form.panel(), "New Commitment", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            if (title.getText().isBlank()) {
                JOptionPane.showMessageDialog(context.window(), "The title is required.", "New Commitment", JOptionPane.WARNING_MESSAGE);
                continue;
            }
            LocalDate today = LocalDate.now();
            Commitment commitment = new Commitment(id, title.getText().trim(), "", String.valueOf(kind.getSelectedItem()),
                    owner.getText().trim(), "", new Provenance(Provenance.Origin.STAFF_RECORD, source.getText().trim(), ""),
                    Stage.PROPOSED, "", null, null, List.of(), Confidence.NOT_ASSESSED, "", today);
            if (Edits.apply(workspace, Edit.named("Add " + id).put(CommitmentType.TYPE, commitment).build(),
                    context.workbench().notifications()).isPresent()) {
                context.workbench().openEditor(new EntityRef(CommitmentType.NAME, id));
            }
            return;
        }
    }
}

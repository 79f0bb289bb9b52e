package org.strategyworkbench.allies.ui.internal;

import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.service.EntityRef;
import org.strategyworkbench.workbench.service.Workbench;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;
import org.strategyworkbench.workbench.widgets.LiveTable;
import org.strategyworkbench.workbench.widgets.TextRenderer;

/** Records a new action of an ally on a commitment, then opens it in the action editor. */
final class NewActionDialog {

    private NewActionDialog() {
    }

    static void open(PartSite site, Workspace workspace, String ally, String commitment) {
        open(site.workbench(), SwingUtilities.getWindowAncestor(java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()),
                workspace, ally, commitment);
    }

    static void open(Workbench workbench, java.awt.Window parent, Workspace workspace, String ally, String commitment) {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        List<Ally> allies = snapshot.all(AllyType.TYPE);
        List<Commitment> commitments = snapshot.all(CommitmentType.TYPE);
        JComboBox<String> allyBox = new JComboBox<>(allies.stream().map(a -> a.code() + "  " + a.name()).toArray(String[]::new));
        allyBox.setName("action-new:ally");
        JComboBox<String> commitmentBox = new JComboBox<>(commitments.stream().map(c -> c.id() + "  " + c.title()).toArray(String[]::new));
        commitmentBox.setName("action-new:commitment");
        for (int i = 0; i < allies.size(); i++) {
            if (allies.get(i).code().equals(ally)) {
                allyBox.setSelectedIndex(i);
            }
        }
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).id().equals(commitment)) {
                commitmentBox.setSelectedIndex(i);
            }
        }
        JTextField title = new JTextField(36);
        title.setName("action-new:title");
        JComboBox<ActionType> type = TextRenderer.on(new JComboBox<>(ActionType.values()));
        JComboBox<ActionStatus> status = TextRenderer.on(new JComboBox<>(ActionStatus.values()));
        Form form = new Form().add("A&lly", allyBox).add("&Commitment", commitmentBox).add("&Title", title).add("T&ype", type)
                .add("&Status", status);
        while (true) {
            int answer = JOptionPane.showConfirmDialog(parent, form.panel(), "Record an Action", JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) {
                return;
            }
            if (title.getText().isBlank() || allyBox.getSelectedIndex() < 0 || commitmentBox.getSelectedIndex() < 0) {
                JOptionPane.showMessageDialog(parent, "The ally, the commitment and a title are needed.", "Record an Action",
                        JOptionPane.WARNING_MESSAGE);
                continue;
            }
            String code = allies.get(allyBox.getSelectedIndex()).code();
            String id = ActionIds.next(snapshot, code);
            Action action = new Action(id, code, commitments.get(commitmentBox.getSelectedIndex()).id(), (ActionType) type.getSelectedItem(),
                    (ActionStatus) status.getSelectedItem(), title.getText().trim(), null, null, null, "", "", "Recorded in the workbench",
                    "", false, ActionIds.now());
            if (Edits.apply(workspace, Edit.named("Record " + id + " for " + code + ": " + LiveTable.text(action.type()))
                    .put(ActionEntityType.TYPE, action).build(), workbench.notifications()).isPresent()) {
                workbench.openEditor(new EntityRef(ActionEntityType.NAME, id));
            }
            return;
        }
    }
}

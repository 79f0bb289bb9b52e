package org.strategyworkbench.commitments.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Confidence;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Provenance;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.commitments.Strength;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;
import org.strategyworkbench.workbench.contribution.EditorSite;
import org.strategyworkbench.workbench.widgets.Edits;
import org.strategyworkbench.workbench.widgets.Form;

/**
 * Links a commitment to the concrete commitment it turned into: an existing one, or a new one
 * created in the same edit (so one undo takes both back).
 */
final class LinkDialog {

    private LinkDialog() {
    }

    static JDialog open(EditorSite site, Workspace workspace, String sourceId) {
        WorkspaceSnapshot snapshot = workspace.snapshot();
        Commitment source = snapshot.get(CommitmentType.TYPE, sourceId).orElseThrow();
        JDialog dialog = new JDialog(SwingUtilities.getWindowAncestor(
                java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow()), "Link a Follow-up to " + sourceId);
        dialog.setName("link-dialog");
        dialog.setModal(true);
        JRadioButton create = new JRadioButton("A new concrete commitment", true);
        create.setName("link:new");
        create.setMnemonic('N');
        JRadioButton existing = new JRadioButton("An existing commitment");
        existing.setName("link:existing");
        existing.setMnemonic('E');
        ButtonGroup group = new ButtonGroup();
        group.add(create);
        group.add(existing);
        String newId = CommitmentRows.nextId(snapshot);
        JTextField title = new JTextField(36);
        title.setName("link:title");
        JComboBox<String> kind = new JComboBox<>(Kinds.all().stream().filter(k -> Kinds.strengthOf(k).orElse(Strength.SOFT) == Strength.CONCRETE)
                .toArray(String[]::new));
        kind.setName("link:kind");
        List<Commitment> others = snapshot.all(CommitmentType.TYPE).stream().filter(c -> !c.id().equals(sourceId)
                && !source.followUps().contains(c.id())).sorted(Comparator.comparing(Commitment::id)).toList();
        JComboBox<String> target = new JComboBox<>(others.stream().map(c -> c.id() + "  " + c.title()).toArray(String[]::new));
        target.setName("link:target");
        Runnable enable = () -> {
            title.setEnabled(create.isSelected());
            kind.setEnabled(create.isSelected());
            target.setEnabled(existing.isSelected());
        };
        create.addActionListener(e -> enable.run());
        existing.addActionListener(e -> enable.run());
        enable.run();
        JLabel problem = new JLabel(" ");
        problem.setName("link:problem");
        Form form = new Form().add("", create).add("New id", new JLabel(newId)).add("&Title", title).add("&Kind", kind)
                .add("", existing).add("Commitme&nt", target);
        JButton ok = new JButton("Link");
        ok.setName("link:ok");
        JButton cancel = new JButton("Cancel");
        ok.addActionListener(e -> {
            LocalDate today = LocalDate.now();
            Edit edit;
            if (create.isSelected()) {
                if (title.getText().isBlank()) {
                    problem.setText("The new commitment needs a title");
                    return;
                }
                Commitment follow = new Commitment(newId, title.getText().trim(), "Follow-up of " + sourceId + ": " + source.title(),
                        String.valueOf(kind.getSelectedItem()), source.owner(), source.objective(),
                        new Provenance(Provenance.Origin.STAFF_RECORD, "Follow-up of " + sourceId + " recorded in the workbench", ""),
                        Stage.DECIDED, "", null, today, List.of(), Confidence.NOT_ASSESSED, source.marking(), today);
                edit = Edit.named("Link " + sourceId + " to new " + newId).put(CommitmentType.TYPE, follow)
                        .put(CommitmentType.TYPE, source.withFollowUp(newId, today)).build();
            } else {
                if (target.getSelectedIndex() < 0) {
                    problem.setText("Choose the commitment to link");
                    return;
                }
                String id = others.get(target.getSelectedIndex()).id();
                edit = Edit.named("Link " + sourceId + " to " + id).put(CommitmentType.TYPE, source.withFollowUp(id, today)).build();
            }
            if (Edits.apply(workspace, edit, site.workbench().notifications()).isPresent()) {
                dialog.dispose();
            }
        });
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(problem);
        buttons.add(cancel);
        buttons.add(ok);
        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(form.panel(), BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
        SwingUtilities.invokeLater(title::requestFocusInWindow);
        dialog.setVisible(true);
        return dialog;
    }
}

package org.strategyworkbench.workbench.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyworkbench.workbench.tests.WindowDriver.CTRL;
import static org.strategyworkbench.workbench.tests.WindowDriver.click;
import static org.strategyworkbench.workbench.tests.WindowDriver.dialog;
import static org.strategyworkbench.workbench.tests.WindowDriver.edt;
import static org.strategyworkbench.workbench.tests.WindowDriver.in;
import static org.strategyworkbench.workbench.tests.WindowDriver.screenshot;

import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionEntityType;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.commitments.Commitment;
import org.strategyworkbench.commitments.CommitmentType;
import org.strategyworkbench.commitments.Kinds;
import org.strategyworkbench.commitments.Stage;
import org.strategyworkbench.commitments.Strength;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.milestones.MilestoneType;
import org.strategyworkbench.workbench.service.ErrorLog;
import org.strategyworkbench.workbench.service.LogEntry;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * A staff officer's morning, played through the real window: filter the soft commitments, move one
 * from exploring to decided and link it to a new concrete commitment, record an action for Norway
 * with evidence, add a milestone and see it on the timeline, export the plan with a progress bar,
 * undo the last edit. Screenshots of each step are written to target/walkthrough.
 */
class WalkthroughTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    Workbench workbench;

    @InjectService
    Workspace workspace;

    @InjectService
    ErrorLog log;

    @Test
    void aStaffOfficersMorning() throws Exception {
        Files.deleteIfExists(Path.of(context.getProperty("strategyworkbench.settings"), "layout.properties"));
        try (WindowDriver window = WindowDriver.open(context)) {
            log.clear();
            window.await("part:reporting.dashboard", true);
            WindowDriver.awaitTrue("the dashboard's figures", () -> {
                try {
                    return !"…".equals(edt(() -> ((javax.swing.JLabel) window.find("dashboard:commitments:value").orElseThrow()).getText()));
                } catch (Exception e) {
                    return false;
                }
            });
            screenshot("01-dashboard");

            // the soft commitments
            AbstractButton commitments = (AbstractButton) window.find("perspective:commitments.perspective").orElseThrow();
            edt(() -> {
                commitments.doClick();
                return null;
            });
            JTable register = (JTable) WindowDriver.await("the register", () -> window.find("commitments:table"));
            WindowDriver.awaitTrue("the register to fill", () -> rows(register) > 0);
            @SuppressWarnings("unchecked")
            JComboBox<String> strength = (JComboBox<String>) window.find("commitments:strength").orElseThrow();
            edt(() -> {
                strength.setSelectedItem("soft");
                return null;
            });
            long soft = workspace.snapshot().all(CommitmentType.TYPE).stream()
                    .filter(c -> Kinds.strengthOf(c.kind()).orElse(null) == Strength.SOFT).count();
            assertEquals(soft, rows(register), "only the soft commitments are listed");
            screenshot("02-soft-commitments");

            // a soft commitment still proposed (CSS-07 in a new workspace): exploring, then decided
            String id = workspace.snapshot().all(CommitmentType.TYPE).stream()
                    .filter(c -> Kinds.strengthOf(c.kind()).orElse(null) == Strength.SOFT && c.stage() == Stage.PROPOSED)
                    .map(Commitment::id).sorted().filter(c -> c.compareTo("CSS-07") >= 0).findFirst().orElseThrow();
            int row = edt(() -> {
                for (int r = 0; r < register.getRowCount(); r++) {
                    if (id.equals(register.getValueAt(r, 0))) {
                        register.setRowSelectionInterval(r, r);
                        return r;
                    }
                }
                return -1;
            });
            assertTrue(row >= 0, id + " is listed as a soft commitment");
            window.focus(register);
            window.press(KeyEvent.VK_ENTER);
            JComponent editor = (JComponent) WindowDriver.await("the editor of " + id, () -> window.find("part:editor:commitment/" + id));
            move(editor, id, Stage.EXPLORING);
            move(editor, id, Stage.DECIDED);
            assertEquals(Stage.DECIDED, commitment(id).stage());
            assertTrue(commitment(id).decisionDate() != null, "deciding sets the decision date");

            // linked to a new concrete commitment
            click(in(editor, "commitment:link", AbstractButton.class));
            JDialog link = dialog("Link a Follow-up to " + id);
            edt(() -> {
                in(link, "link:title", JTextField.class).setText("Pool contract with two providers");
                return null;
            });
            screenshot("03-link-follow-up");
            click(in(link, "link:ok", AbstractButton.class));
            WindowDriver.awaitTrue("the follow-up", () -> !commitment(id).followUps().isEmpty());
            String followUp = commitment(id).followUps().get(0);
            Commitment concrete = commitment(followUp);
            assertEquals(Strength.CONCRETE, Kinds.strengthOf(concrete.kind()).orElseThrow());
            assertEquals("Pool contract with two providers", concrete.title());
            screenshot("04-commitment-editor");

            // an action for Norway, with evidence
            edt(() -> workbench.selection().current());
            java.awt.EventQueue.invokeLater(() -> workbench.execute("actions.new"));
            JDialog record = dialog("Record an Action");
            edt(() -> {
                @SuppressWarnings("unchecked")
                JComboBox<String> ally = in(record, "action-new:ally", JComboBox.class);
                for (int i = 0; i < ally.getItemCount(); i++) {
                    if (ally.getItemAt(i).startsWith("NOR")) {
                        ally.setSelectedIndex(i);
                    }
                }
                @SuppressWarnings("unchecked")
                JComboBox<String> commitment = in(record, "action-new:commitment", JComboBox.class);
                for (int i = 0; i < commitment.getItemCount(); i++) {
                    if (commitment.getItemAt(i).startsWith(followUp)) {
                        commitment.setSelectedIndex(i);
                    }
                }
                in(record, "action-new:title", JTextField.class).setText("Framework contract signed");
                return null;
            });
            click(WindowDriver.button(record, "OK"));
            Action action = WindowDriver.await("Norway's action", () -> workspace.snapshot().all(ActionEntityType.TYPE).stream()
                    .filter(a -> a.ally().equals("NOR") && a.commitment().equals(followUp)).findFirst());
            JComponent actionEditor = (JComponent) WindowDriver.await("the action editor",
                    () -> window.find("part:editor:action/" + action.id()));
            edt(() -> {
                in(actionEditor, "action:status", JComboBox.class).setSelectedItem(ActionStatus.DONE);
                in(actionEditor, "action:evidence", JTextArea.class).setText("Contract NSPA-2026-114, signed 2026-11-20");
                in(actionEditor, "action:save", AbstractButton.class).doClick();
                return null;
            });
            WindowDriver.awaitTrue("the action saved with its evidence", () -> workspace.snapshot().get(ActionEntityType.TYPE, action.id())
                    .map(a -> a.status() == ActionStatus.DONE && a.evidence().startsWith("Contract")).orElse(false));
            AbstractButton allies = (AbstractButton) window.find("perspective:allies.perspective").orElseThrow();
            edt(() -> {
                allies.doClick();
                return null;
            });
            window.await("part:allies.matrix", true);
            screenshot("05-matrix");

            // a milestone, on the timeline
            java.awt.EventQueue.invokeLater(() -> workbench.execute("milestones.new"));
            JDialog milestone = dialog("New Milestone");
            edt(() -> {
                in(milestone, "milestone:title", JTextField.class).setText("Provider pool contract awarded");
                in(milestone, "milestone:commitment", JTextField.class).setText(followUp);
                in(milestone, "milestone:baseline", JTextField.class).setText("2027-03-31");
                return null;
            });
            click(WindowDriver.button(milestone, "OK"));
            String milestoneId = WindowDriver.await("the milestone", () -> workspace.snapshot().all(MilestoneType.TYPE).stream()
                    .filter(m -> m.title().equals("Provider pool contract awarded")).findFirst()).id();
            JComponent chart = (JComponent) WindowDriver.await("the timeline", () -> window.find("timeline:chart"));
            WindowDriver.awaitTrue("the milestone on the timeline", () -> {
                try {
                    return edt(() -> String.valueOf(chart.getAccessibleContext().getAccessibleDescription())).contains(milestoneId);
                } catch (Exception e) {
                    return false;
                }
            });
            screenshot("06-timeline");

            // the plan, exported by a job with a progress bar
            JComponent progress = (JComponent) window.find("status:progress").orElseThrow();
            AtomicBoolean progressShown = new AtomicBoolean();
            edt(() -> {
                progress.addComponentListener(new java.awt.event.ComponentAdapter() {
                    @Override
                    public void componentShown(java.awt.event.ComponentEvent e) {
                        progressShown.set(true);
                    }
                });
                return null;
            });
            Path plan = Files.createTempDirectory("walkthrough").resolve("plan.xlsx");
            java.awt.EventQueue.invokeLater(() -> workbench.execute("reporting.export"));
            JDialog export = dialog("Export Implementation Plan");
            edt(() -> {
                in(export, "export:file", JTextField.class).setText(plan.toString());
                return null;
            });
            screenshot("07-export-wizard");
            click(WindowDriver.button(export, "OK"));
            WindowDriver.awaitTrue("the workbook", () -> Files.exists(plan));
            assertTrue(Files.size(plan) > 5_000, "a real workbook: " + Files.size(plan) + " bytes");
            assertTrue(progressShown.get(), "the status line showed the export's progress bar");
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(plan.toFile())) {
                assertTrue(zip.getEntry("xl/workbook.xml") != null);
            }

            // undo the last edit: the milestone goes (from the timeline: in a text field Ctrl+Z undoes typing)
            window.focus(chart);
            window.press(CTRL, KeyEvent.VK_Z);
            WindowDriver.awaitTrue("Ctrl+Z to undo adding the milestone",
                    () -> workspace.snapshot().get(MilestoneType.TYPE, milestoneId).isEmpty());
            WindowDriver.awaitTrue("the timeline without it", () -> {
                try {
                    return !edt(() -> String.valueOf(chart.getAccessibleContext().getAccessibleDescription())).contains(milestoneId);
                } catch (Exception e) {
                    return false;
                }
            });
            assertFalse(workspace.snapshot().get(ActionEntityType.TYPE, action.id()).isEmpty(), "only the last edit is undone");
            screenshot("08-after-undo");
            List<LogEntry> errors = log.entries().stream().filter(e -> e.level() == LogEntry.Level.ERROR).toList();
            assertEquals(List.of(), errors.stream().map(e -> e.bundle() + ": " + e.message() + "\n" + e.detail()).toList(),
                    "nothing failed on the way");
        }
    }

    private Commitment commitment(String id) {
        return workspace.snapshot().get(CommitmentType.TYPE, id).orElseThrow();
    }

    private static int rows(JTable table) {
        try {
            return edt(table::getRowCount);
        } catch (Exception e) {
            return -1;
        }
    }

    private void move(JComponent editor, String id, Stage to) throws Exception {
        edt(() -> {
            in(editor, "commitment:next-stage", JComboBox.class).setSelectedItem(to);
            in(editor, "commitment:move", AbstractButton.class).doClick();
            return null;
        });
        WindowDriver.awaitTrue(id + " " + to, () -> commitment(id).stage() == to);
    }
}

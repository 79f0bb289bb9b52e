package org.strategyworkbench.returns.ui.internal;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.strategyworkbench.returns.ImportPlan;

/**
 * What the chosen returns would do, before anything changes: every added and changed action with
 * before and after, the rows left alone, and every problem. Apply hands the work to a job; the
 * dialog never waits for it. Modeless, so the window stays usable.
 */
final class PreviewDialog extends JDialog {

    private static final long serialVersionUID = 1L;

    /**
     * @param apply called on Apply with the plans and whether rows go to review
     */
    PreviewDialog(Window owner, List<ImportPlan> plans, BiConsumer<List<ImportPlan>, Boolean> apply) {
        super(owner, "Import Returns", ModalityType.MODELESS);
        setName("returns.preview");
        JLabel summary = new JLabel(PlanRows.summary(plans));
        summary.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        JTable changes = table(PlanRows.CHANGE_HEADINGS, PlanRows.changes(plans), 200, 45, 85, 170, 280, 320);
        changes.setName("returns.changes");
        JTable problems = table(PlanRows.PROBLEM_HEADINGS, PlanRows.problems(plans), 65, 200, 70, 45, 85, 635);
        problems.setName("returns.problems");
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(changes), new JScrollPane(problems));
        split.setResizeWeight(0.65);
        JCheckBox review = new JCheckBox("Submit rows for the secretariat's review instead of applying them");
        JButton applyButton = new JButton("Apply");
        applyButton.setName("returns.apply");
        applyButton.setEnabled(plans.stream().anyMatch(p -> !p.hasErrors() && p.changesSomething()));
        applyButton.addActionListener(e -> {
            dispose();
            apply.accept(plans, review.isSelected());
        });
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(review);
        buttons.add(applyButton);
        buttons.add(close);
        getContentPane().add(summary, BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(applyButton.isEnabled() ? applyButton : close);
        setSize(1100, 620);
        setLocationRelativeTo(owner);
    }

    private static JTable table(String[] headings, List<Object[]> rows, int... widths) {
        DefaultTableModel model = new DefaultTableModel(headings, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        rows.forEach(model::addRow);
        JTable table = new JTable(model) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(java.awt.event.MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                int column = columnAtPoint(e.getPoint());
                Object value = row < 0 || column < 0 ? null : getValueAt(row, column);
                return value == null || value.toString().isEmpty() ? null : value.toString();
            }
        };
        for (int i = 0; i < widths.length && i < table.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        return table;
    }
}

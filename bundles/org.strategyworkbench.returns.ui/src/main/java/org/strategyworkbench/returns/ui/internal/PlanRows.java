package org.strategyworkbench.returns.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.RowChange;

/** The rows of the preview's tables, worked out from plans, off the event dispatch thread. */
final class PlanRows {

    /** The headings of the changes table. */
    static final String[] CHANGE_HEADINGS = {"File", "Row", "Action", "What", "Before", "After"};
    /** The headings of the problems table. */
    static final String[] PROBLEM_HEADINGS = {"Severity", "File", "Sheet", "Row", "Column", "Reason"};

    private PlanRows() {
    }

    /** One row per added or changed action, then one per file for the rows left alone. */
    static List<Object[]> changes(List<ImportPlan> plans) {
        List<Object[]> rows = new ArrayList<>();
        for (ImportPlan plan : plans) {
            for (RowChange r : plan.rows()) {
                if (r.kind() == RowChange.Kind.ADDED) {
                    rows.add(new Object[] {plan.fileName(), r.row(), r.actionId(), "added", "", describe(r.after(), List.of())});
                } else if (r.kind() == RowChange.Kind.CHANGED) {
                    rows.add(new Object[] {plan.fileName(), r.row(), r.actionId(), "changed: " + String.join(", ", r.fields()),
                        describe(r.before(), r.fields()), describe(r.after(), r.fields())});
                }
            }
            int alone = plan.rows(RowChange.Kind.UNCHANGED).size();
            if (alone > 0) {
                rows.add(new Object[] {plan.fileName(), "", "", alone + " left alone", "", ""});
            }
        }
        return rows;
    }

    static List<Object[]> problems(List<ImportPlan> plans) {
        List<Object[]> rows = new ArrayList<>();
        for (ImportPlan plan : plans) {
            for (ImportProblem p : plan.problems()) {
                rows.add(new Object[] {p.severity() == ImportProblem.Severity.ERROR ? "Error" : "Warning", p.file(), p.sheet(),
                    p.row() > 0 ? p.row() : "", p.column(), p.reason()});
            }
        }
        return rows;
    }

    /** "2 files: 1 to apply (3 added, 1 changed), 1 refused". */
    static String summary(List<ImportPlan> plans) {
        long refused = plans.stream().filter(ImportPlan::hasErrors).count();
        List<ImportPlan> ok = plans.stream().filter(p -> !p.hasErrors()).toList();
        long added = ok.stream().mapToLong(p -> p.rows(RowChange.Kind.ADDED).size()).sum();
        long changed = ok.stream().mapToLong(p -> p.rows(RowChange.Kind.CHANGED).size()).sum();
        return plans.size() + (plans.size() == 1 ? " file: " : " files: ") + ok.size() + " to apply (" + added + " added, "
                + changed + " changed), " + refused + " refused";
    }

    /** The fields of an action that matter here: all of them for a new one, else the ones that change. */
    private static String describe(Action a, List<String> fields) {
        if (a == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        add(parts, fields, "commitment", a.commitment());
        add(parts, fields, "type", org.strategyworkbench.workbench.widgets.LiveTable.text(a.type()));
        add(parts, fields, "status", org.strategyworkbench.workbench.widgets.LiveTable.text(a.status()));
        add(parts, fields, "title", a.title());
        add(parts, fields, "start", a.start());
        add(parts, fields, "end", a.end());
        add(parts, fields, "amount", a.amount() == null ? null : a.amount().toPlainString() + " " + a.currency());
        add(parts, fields, "evidence", a.evidence());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, List<String> fields, String name, Object value) {
        if (fields.isEmpty() ? value != null && !String.valueOf(value).isEmpty() : fields.contains(name)) {
            String text = Objects.toString(value, "");
            parts.add(name + " " + (text.isEmpty() ? "—" : text));
        }
    }
}

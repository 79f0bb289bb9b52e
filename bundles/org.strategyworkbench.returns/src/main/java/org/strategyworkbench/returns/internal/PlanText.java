package org.strategyworkbench.returns.internal;

import java.io.PrintStream;
import java.util.List;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.ImportProblem;
import org.strategyworkbench.returns.RowChange;

/** A plan in plain text: what would be added and changed, with before and after, and every problem. */
final class PlanText {

    private PlanText() {
    }

    static void print(ImportPlan plan, PrintStream out) {
        out.println(plan.fileName() + (plan.ally().isEmpty() ? "" : ": return of " + plan.ally() + " for round "
                + plan.round() + ", made from revision " + plan.templateRevision()));
        for (RowChange r : plan.rows()) {
            if (r.kind() == RowChange.Kind.ADDED) {
                out.println("  added    " + r.actionId() + "  row " + r.row() + "  " + summary(r.after()));
            } else if (r.kind() == RowChange.Kind.CHANGED) {
                out.println("  changed  " + r.actionId() + "  row " + r.row() + "  " + difference(r));
            }
        }
        int alone = plan.rows(RowChange.Kind.UNCHANGED).size();
        if (alone > 0) {
            out.println("  left alone: " + alone + (alone == 1 ? " row" : " rows") + " as on record");
        }
        for (ImportProblem p : plan.problems()) {
            out.println("  " + p.describe());
        }
    }

    static String summary(Action a) {
        return a.commitment() + ", " + Field.words(a.type()) + ", " + Field.words(a.status()) + ": " + quote(a.title());
    }

    static String difference(RowChange r) {
        StringBuilder text = new StringBuilder();
        for (Field f : Field.values()) {
            if (r.fields().contains(f.property())) {
                text.append(text.length() == 0 ? "" : "; ").append(f.property()).append(' ')
                        .append(quote(f.of(r.before()))).append(" → ").append(quote(f.of(r.after())));
            }
        }
        return text.toString();
    }

    private static String quote(String text) {
        return "\"" + CellParser.shorten(text) + "\"";
    }

    static String counts(List<ImportPlan> plans) {
        long errors = plans.stream().filter(ImportPlan::hasErrors).count();
        return plans.size() + (plans.size() == 1 ? " file" : " files") + ", " + errors + " refused";
    }
}

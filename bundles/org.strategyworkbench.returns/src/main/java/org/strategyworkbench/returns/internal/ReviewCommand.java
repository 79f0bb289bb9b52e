package org.strategyworkbench.returns.internal;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;
import org.strategyworkbench.returns.Review;
import org.strategyworkbench.returns.RowChange;
import org.strategyworkbench.returns.Submission;

/**
 * {@code workbench review [accept|reject] [ID…|--all] [--ally CODE] [--reason TEXT]}: lists the
 * submitted rows waiting for the secretariat, or accepts or rejects them.
 */
@Component
@CommandName("review")
public final class ReviewCommand implements WorkbenchCommand {

    private final Review review;

    @Activate
    public ReviewCommand(@Reference Review review) {
        this.review = review;
    }

    @Override
    public String summary() {
        return "List submitted return rows, or accept or reject them";
    }

    @Override
    public String arguments() {
        return "[accept|reject ID…|--all] [--ally CODE] [--reason TEXT]";
    }

    @Override
    public int run(CommandInvocation invocation) {
        Arguments args;
        try {
            args = Arguments.parse(invocation.arguments(), Set.of("--ally", "--reason"), Set.of("--all"));
        } catch (IllegalArgumentException e) {
            invocation.err().println("workbench review: " + e.getMessage());
            return USAGE;
        }
        String ally = args.value("--ally").orElse("");
        List<String> rest = args.rest();
        if (rest.isEmpty()) {
            list(review.pending(ally), invocation);
            return OK;
        }
        String verb = rest.get(0);
        List<String> ids = args.flag("--all") ? review.pending(ally).stream().map(Submission::id).toList()
                : rest.subList(1, rest.size());
        if (!verb.equals("accept") && !verb.equals("reject") || ids.isEmpty()) {
            invocation.err().println("workbench review: " + (ids.isEmpty() && (verb.equals("accept") || verb.equals("reject"))
                    ? "name the rows to " + verb + ", or --all" : "unexpected argument '" + verb + "'"));
            return USAGE;
        }
        try {
            AuditEntry entry = verb.equals("accept") ? review.accept(ids) : review.reject(ids, args.value("--reason").orElse(""));
            invocation.out().println(entry.label() + " (revision " + entry.revision() + ")");
            return OK;
        } catch (EditRejectedException e) {
            e.problems().forEach(p -> invocation.err().println("workbench review: " + p.describe()));
            return FAILED;
        }
    }

    private static void list(List<Submission> pending, CommandInvocation invocation) {
        for (Submission s : pending) {
            String what = s.isNew() ? "new      " + PlanText.summary(s.proposed())
                    : "changed  " + PlanText.difference(new RowChange(RowChange.Kind.CHANGED, "", 0, s.id(), s.base(),
                            s.proposed(), changed(s)));
            invocation.out().println(s.id() + "  " + what + "  (" + s.origin() + ")");
        }
        invocation.out().println(pending.size() + (pending.size() == 1 ? " row waits" : " rows wait") + " for review");
    }

    private static List<String> changed(Submission s) {
        return java.util.Arrays.stream(Field.values()).filter(f -> !f.of(s.base()).equals(f.of(s.proposed())))
                .map(Field::property).toList();
    }
}

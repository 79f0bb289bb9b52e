package org.strategyworkbench.returns.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;
import org.strategyworkbench.returns.ImportOptions;
import org.strategyworkbench.returns.ImportOutcome;
import org.strategyworkbench.returns.ImportPlan;
import org.strategyworkbench.returns.Returns;
import org.strategyworkbench.returns.RowChange;

/**
 * {@code workbench import [--dry-run] [--submit] [--ally CODE] FILE.xlsx…}: every file is read and
 * checked first and its plan printed; then each file without errors is applied as one edit.
 * Exit 1 when a file was refused.
 */
@Component
@CommandName("import")
public final class ImportCommand implements WorkbenchCommand {

    private final Returns returns;

    @Activate
    public ImportCommand(@Reference Returns returns) {
        this.returns = returns;
    }

    @Override
    public String summary() {
        return "Import filled-in return templates (.xlsx): check every row, show what changes, then apply";
    }

    @Override
    public String arguments() {
        return "[--dry-run] [--submit] [--ally CODE] FILE.xlsx…";
    }

    @Override
    public int run(CommandInvocation invocation) {
        Arguments args;
        try {
            args = Arguments.parse(invocation.arguments(), Set.of("--ally"), Set.of("--dry-run", "--submit"));
            if (args.rest().isEmpty()) {
                throw new IllegalArgumentException("name at least one returned file (.xlsx)");
            }
        } catch (IllegalArgumentException e) {
            invocation.err().println("workbench import: " + e.getMessage());
            return USAGE;
        }
        ImportOptions options = new ImportOptions(args.value("--ally").map(a -> a.toUpperCase(Locale.ROOT)),
                args.flag("--submit") ? ImportOptions.Mode.SUBMIT : ImportOptions.Mode.APPLY);
        List<ImportPlan> plans = new ArrayList<>();
        for (String name : args.rest()) {
            invocation.err().println("import: reading " + name);
            ImportPlan plan = returns.preview(Path.of(name), options);
            plans.add(plan);
            PlanText.print(plan, invocation.out());
        }
        boolean refused = plans.stream().anyMatch(ImportPlan::hasErrors);
        if (args.flag("--dry-run")) {
            invocation.out().println("dry run, nothing changed: " + PlanText.counts(plans));
            return refused ? FAILED : OK;
        }
        for (ImportPlan plan : plans) {
            if (!plan.hasErrors()) {
                refused |= apply(plan, invocation, options);
            }
        }
        invocation.out().println(PlanText.counts(plans) + (refused ? "; refused files changed nothing" : ""));
        return refused ? FAILED : OK;
    }

    /** Applies one plan; true when it was refused after all. */
    private boolean apply(ImportPlan plan, CommandInvocation invocation, ImportOptions options) {
        ImportOutcome outcome = returns.apply(plan);
        ImportPlan done = outcome.plan();
        if (done.hasErrors()) {
            invocation.out().println(done.fileName() + ": refused");
            done.problems().forEach(p -> invocation.out().println("  " + p.describe()));
            return true;
        }
        Optional<String> revision = outcome.entry().map(e -> "revision " + e.revision());
        invocation.out().println(done.fileName() + ": " + (outcome.applied()
                ? (options.mode() == ImportOptions.Mode.SUBMIT ? "submitted for review: " : "imported: ")
                        + done.rows(RowChange.Kind.ADDED).size() + " added, " + done.rows(RowChange.Kind.CHANGED).size()
                        + " changed (" + revision.orElse("") + ")"
                : "nothing to change"));
        return false;
    }
}

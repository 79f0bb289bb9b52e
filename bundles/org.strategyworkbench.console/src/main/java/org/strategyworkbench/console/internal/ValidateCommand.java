package org.strategyworkbench.console.internal;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.problems.ValidationContext;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/** {@code workbench validate [--as-of DATE]}: every problem of the workspace; exit 1 on errors. */
@Component
@CommandName("validate")
public final class ValidateCommand implements WorkbenchCommand {

    private final Workspace workspace;
    private final Validation validation;

    @Activate
    public ValidateCommand(@Reference Workspace workspace, @Reference Validation validation) {
        this.workspace = workspace;
        this.validation = validation;
    }

    @Override
    public String summary() {
        return "Check the workspace and print every problem; exit 1 if there are errors";
    }

    @Override
    public String arguments() {
        return "[--as-of YYYY-MM-DD]";
    }

    @Override
    public int run(CommandInvocation invocation) {
        LocalDate asOf;
        try {
            asOf = AsOf.parse(invocation.arguments());
        } catch (IllegalArgumentException e) {
            invocation.err().println("workbench validate: " + e.getMessage());
            return USAGE;
        }
        List<Problem> problems;
        try {
            problems = validation.validate(workspace.snapshot(), new ValidationContext(asOf));
        } catch (UncheckedIOException | IllegalStateException e) {
            invocation.err().println("workbench validate: " + OpenFailure.describe(workspace.folder(), e, "validate"));
            return FAILED;
        }
        TextTable table = new TextTable("SEVERITY", "TYPE", "ID", "FIELD", "MESSAGE");
        problems.forEach(p -> table.row(p.severity(), p.entityType(), p.entityId(), p.field(), p.message()));
        if (table.size() > 0) {
            invocation.out().print(table);
        }
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        invocation.out().println(workspace.folder() + " as of " + asOf + ": " + errors + (errors == 1 ? " error, " : " errors, ")
                + (problems.size() - errors) + " warnings and notes");
        return errors > 0 ? FAILED : OK;
    }

    /** The {@code --as-of} option, today when absent. */
    static final class AsOf {
        private AsOf() {
        }

        static LocalDate parse(List<String> arguments) {
            LocalDate asOf = LocalDate.now();
            for (int i = 0; i < arguments.size(); i++) {
                String a = arguments.get(i);
                if (a.equals("--as-of") && i + 1 < arguments.size()) {
                    asOf = date(arguments.get(++i));
                } else if (a.startsWith("--as-of=")) {
                    asOf = date(a.substring("--as-of=".length()));
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
            }
            return asOf;
        }

        /** A date as the user typed it, for example 2026-06-30. */
        static LocalDate date(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of needs a date such as 2026-06-30, not '" + text + "'");
            }
        }
    }
}

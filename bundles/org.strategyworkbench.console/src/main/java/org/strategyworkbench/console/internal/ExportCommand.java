package org.strategyworkbench.console.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.rounds.Rounds;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.Failures;
import org.strategyworkbench.launcher.command.WorkbenchCommand;
import org.strategyworkbench.launcher.output.OutputFile;
import org.strategyworkbench.reporting.Progress;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.ReportService;

/**
 * {@code workbench export --out FILE.xlsx [--as-of DATE]}: writes the implementation plan.
 * The workbook appears only when complete ({@link OutputFile}): a failure, or a killed process,
 * leaves no partial file.
 */
@Component
@CommandName("export")
public final class ExportCommand implements WorkbenchCommand {

    private final Workspace workspace;
    private final ReportService reports;
    private final Rounds rounds;

    @Activate
    public ExportCommand(@Reference Workspace workspace, @Reference ReportService reports, @Reference Rounds rounds) {
        this.workspace = workspace;
        this.reports = reports;
        this.rounds = rounds;
    }

    @Override
    public String summary() {
        return "Write the implementation-plan workbook (.xlsx)";
    }

    @Override
    public String arguments() {
        return "--out FILE.xlsx [--as-of YYYY-MM-DD] [--audience NAME] [--since ROUND]";
    }

    @Override
    public int run(CommandInvocation invocation) {
        Arguments args;
        try {
            args = Arguments.parse(invocation.arguments());
        } catch (IllegalArgumentException e) {
            invocation.err().println("workbench export: " + e.getMessage());
            return USAGE;
        }
        if (!args.since().isEmpty() && rounds.round(args.since()).isEmpty()) {
            invocation.err().println("workbench export: no reporting round \"" + args.since() + "\"; the workspace has: "
                    + (rounds.rounds().isEmpty() ? "none (freeze one with swb:freeze in the shell)"
                            : String.join(", ", rounds.rounds().stream().map(r -> "\"" + r.name() + "\"").toList())));
            return USAGE;
        }
        Path folder = args.out().toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            invocation.err().println("workbench export: cannot write to " + folder + " (no such folder, or not writable)");
            return FAILED;
        }
        try {
            write(args, invocation);
        } catch (IllegalArgumentException e) {
            // a request the report cannot serve, such as an unknown audience
            invocation.err().println("workbench export: " + Failures.describe(e));
            return USAGE;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            invocation.err().println("workbench export: " + Failures.describe(e));
            return FAILED;
        }
        invocation.out().println("wrote " + args.out().toAbsolutePath());
        return OK;
    }

    private void write(Arguments args, CommandInvocation invocation) throws IOException {
        ReportRequest request = new ReportRequest(workspace.snapshot(), args.asOf(), args.audience(), args.since());
        Progress progress = (step, done, total) ->
                invocation.err().printf("export: %s (%d of %d)%n", step, Math.min(done + 1, total), total);
        OutputFile.write(args.out(), out -> reports.write(request, out, progress));
    }

    /** The command's arguments. */
    record Arguments(Path out, LocalDate asOf, String audience, String since) {

        static Arguments parse(List<String> arguments) {
            Path out = null;
            LocalDate asOf = LocalDate.now();
            String audience = "";
            String since = "";
            for (int i = 0; i < arguments.size(); i++) {
                String a = arguments.get(i);
                String value = a.contains("=") ? a.substring(a.indexOf('=') + 1)
                        : i + 1 < arguments.size() ? arguments.get(i + 1) : null;
                String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (!a.contains("=")) {
                    i++;
                }
                if (value == null) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                switch (name) {
                    case "--out" -> out = Path.of(value);
                    case "--as-of" -> asOf = ValidateCommand.AsOf.date(value);
                    case "--audience" -> audience = value;
                    case "--since" -> since = value;
                    default -> throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out FILE.xlsx is required");
            }
            if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                throw new IllegalArgumentException("--out must name an .xlsx file, not " + out.getFileName());
            }
            return new Arguments(out, asOf, audience, since);
        }
    }
}

package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.allies.Ally;
import org.strategyworkbench.allies.AllyType;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.Failures;
import org.strategyworkbench.launcher.command.WorkbenchCommand;
import org.strategyworkbench.launcher.output.OutputFile;
import org.strategyworkbench.returns.ReturnRound;
import org.strategyworkbench.returns.Returns;

/**
 * {@code workbench templates [--round NAME] [--ally CODE] --out DIR}: one return template per
 * ally. Naming a new round issues it; without {@code --round} the current round's templates are
 * made again. Each file appears only when complete ({@link OutputFile}).
 */
@Component
@CommandName("templates")
public final class TemplatesCommand implements WorkbenchCommand {

    private final Returns returns;
    private final Workspace workspace;

    @Activate
    public TemplatesCommand(@Reference Returns returns, @Reference Workspace workspace) {
        this.returns = returns;
        this.workspace = workspace;
    }

    @Override
    public String summary() {
        return "Write each ally's return template (.xlsx) for a round of returns";
    }

    @Override
    public String arguments() {
        return "[--round NAME] [--ally CODE] --out DIR";
    }

    @Override
    public int run(CommandInvocation invocation) {
        Arguments args;
        try {
            args = Arguments.parse(invocation.arguments(), Set.of("--round", "--ally", "--out"), Set.of());
            if (!args.rest().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument '" + args.rest().get(0) + "'");
            }
            if (args.value("--out").isEmpty()) {
                throw new IllegalArgumentException("--out DIR is required: the folder the templates go to");
            }
        } catch (IllegalArgumentException e) {
            invocation.err().println("workbench templates: " + e.getMessage());
            return USAGE;
        }
        List<Ally> allies;
        try {
            allies = workspace.snapshot().all(AllyType.TYPE);
        } catch (UncheckedIOException | IllegalStateException e) {
            invocation.err().println("workbench templates: " + Failures.describe(e));
            return FAILED;
        }
        Optional<String> only = args.value("--ally").map(a -> a.toUpperCase(Locale.ROOT));
        if (only.isPresent()) {
            allies = allies.stream().filter(a -> a.code().equals(only.get())).toList();
            if (allies.isEmpty()) {
                invocation.err().println("workbench templates: no ally " + only.get() + " in the workspace");
                return USAGE;
            }
        }
        ReturnRound round;
        try {
            round = round(args.value("--round"));
        } catch (IllegalArgumentException | EditRejectedException e) {
            invocation.err().println("workbench templates: " + Failures.describe(e));
            return USAGE;
        } catch (UncheckedIOException e) {
            invocation.err().println("workbench templates: " + Failures.describe(e));
            return FAILED;
        }
        Path folder = Path.of(args.value("--out").get()).toAbsolutePath();
        try {
            Files.createDirectories(folder);
            for (Ally ally : allies) {
                Path file = folder.resolve(returns.templateFileName(round, ally.code()));
                OutputFile.write(file, out -> returns.writeTemplate(round, ally.code(), out));
                invocation.out().println("wrote " + file);
            }
        } catch (IOException | RuntimeException e) {
            invocation.err().println("workbench templates: " + Failures.describe(e));
            return FAILED;
        }
        invocation.err().println("templates: " + allies.size() + " for round " + round.name() + " in " + folder);
        return OK;
    }

    private ReturnRound round(Optional<String> name) throws EditRejectedException {
        if (name.isPresent()) {
            return returns.issue(name.get());
        }
        return returns.currentRound().orElseThrow(() -> new IllegalArgumentException(
                "no round of returns was issued yet: name one with --round, for example --round \"Autumn 2026\""));
    }
}

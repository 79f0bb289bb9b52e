package org.strategyworkbench.launcher.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.felix.framework.FrameworkFactory;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.Failures;
import org.strategyworkbench.launcher.command.WorkbenchCommand;
import org.strategyworkbench.launcher.output.OutputFile;

/**
 * The {@code workbench} command line: parses the global options, starts the framework with the
 * product's bundles and runs one command offered by a bundle. Exit codes: 0 done, 1 failed,
 * 2 the command line was wrong. Before the framework starts it removes what killed writers left
 * ({@link OutputFile#sweep()}) and refuses a workspace another process holds ({@link WorkspaceProbe}),
 * which would otherwise be told only once every bundle has started.
 */
public final class Main {

    static final String DEFAULT_COMMAND = "open";
    /** The commands that never open the workspace, and so run while another process holds it. */
    static final Set<String> WITHOUT_WORKSPACE = Set.of("bundles");
    private static final long PLUGINS_SETTLE_MILLIS = 5_000;
    /** The system property that, like {@code --trusted-signers}, names the allowed plugin signers. */
    static final String TRUSTED_SIGNERS = "strategyworkbench.plugins.signers";

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    int run(String... args) {
        Startup.milestone("launcher-main", err);
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("workbench: " + e.getMessage());
            err.println(Commands.SYNOPSIS + " (workbench --help lists the commands)");
            return WorkbenchCommand.USAGE;
        }
        Distribution distribution = Distribution.locate();
        if (options.version()) {
            out.println("Strategy Workbench " + distribution.version() + " (Apache Felix " + felixVersion()
                    + ", Java " + Runtime.version() + ")");
            return WorkbenchCommand.OK;
        }
        try {
            return launch(distribution, options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkbenchCommand.FAILED;
        } catch (Exception e) {
            err.println("workbench: " + Failures.describe(e));
            return WorkbenchCommand.FAILED;
        }
    }

    private int launch(Distribution distribution, Options options) throws Exception {
        String name = options.command().orElse(DEFAULT_COMMAND);
        Path plugins = options.plugins().orElse(defaultPlugins(distribution));
        plugins = Files.createDirectories(plugins).toRealPath();
        Optional<Path> signers = options.signers().or(() -> Optional.ofNullable(System.getProperty(TRUSTED_SIGNERS))
                .filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath().normalize()));
        Settings settings = new Settings(options.workspace().orElse(defaultWorkspace()), plugins, signers, err);
        OutputFile.sweep();
        Optional<String> refusal = options.help() || WITHOUT_WORKSPACE.contains(name) ? Optional.empty()
                : WorkspaceProbe.refusal(settings.workspace());
        if (refusal.isPresent()) {
            err.println("workbench: " + refusal.get());
            return WorkbenchCommand.FAILED;
        }
        try (FrameworkRuntime runtime = FrameworkRuntime.start(distribution, settings)) {
            Startup.milestone("bundles-active", err);
            PluginsSettle.await(runtime.context(), plugins, PLUGINS_SETTLE_MILLIS);
            return dispatch(new Commands(runtime.context()), name, options, settings);
        }
    }

    private int dispatch(Commands commands, String name, Options options, Settings settings) throws Exception {
        if (options.help() && options.command().isEmpty()) {
            commands.printUsage(out, settings.plugins());
            return WorkbenchCommand.OK;
        }
        Optional<WorkbenchCommand> command = commands.find(name);
        if (command.isEmpty()) {
            err.println("workbench: unknown command '" + name + "'");
            commands.printUsage(err, settings.plugins());
            return WorkbenchCommand.USAGE;
        }
        if (options.help()) {
            out.println(("Usage: workbench " + name + " " + command.get().arguments()).stripTrailing());
            out.println(command.get().summary());
            return WorkbenchCommand.OK;
        }
        int code = command.get().run(invocation(options.arguments(), settings));
        if (code == WorkbenchCommand.USAGE) {
            if (command.get().arguments().isBlank()) {
                // a command without arguments of its own (open): the options were meant for the workbench
                commands.printUsage(err, settings.plugins());
            } else {
                err.println("Usage: workbench " + name + " " + command.get().arguments());
            }
        }
        return code;
    }

    private CommandInvocation invocation(List<String> arguments, Settings settings) {
        return new CommandInvocation() {
            @Override public List<String> arguments() { return arguments; }
            @Override public Path workspace() { return settings.workspace(); }
            @Override public Path plugins() { return settings.plugins(); }
            @Override public PrintStream out() { return out; }
            @Override public PrintStream err() { return err; }
        };
    }

    /** The workspace opened when none is named: in the user's home folder. */
    static Path defaultWorkspace() {
        String configured = System.getProperty("strategyworkbench.workspace.default");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), "StrategyWorkbench", "workspace");
    }

    private static Path defaultPlugins(Distribution distribution) {
        String configured = System.getProperty("strategyworkbench.plugins.default");
        return configured != null ? Path.of(configured).toAbsolutePath().normalize()
                : distribution.home().resolve("plugins");
    }

    private static String felixVersion() {
        try {
            Path jar = Path.of(FrameworkFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                return file.getManifest().getMainAttributes().getValue("Bundle-Version");
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}

package org.strategyworkbench.console.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/**
 * {@code workbench shell}: the Gogo console on the workspace. The workspace is opened, and so
 * locked, before the first prompt: while a shell is open no other process writes to it, and a
 * shell on a workspace another process holds is refused at once. Commands are read from the
 * terminal, or from standard input when it is not one ({@code ./workbench shell < commands.txt}); a
 * failed command is reported and the next one runs. The exit status says whether all succeeded:
 * 0 when every command did, 1 when at least one failed or the workspace could not be opened.
 */
@Component
@CommandName("shell")
public final class ShellCommand implements WorkbenchCommand {

    private final Workspace workspace;
    private final CommandProcessor processor;
    private final Bundle framework;

    @Activate
    public ShellCommand(BundleContext context, @Reference Workspace workspace, @Reference CommandProcessor processor) {
        this.workspace = workspace;
        this.processor = processor;
        this.framework = context.getBundle(0);
    }

    @Override
    public String summary() {
        return "Open the Gogo console on the workspace (type 'help'; Ctrl-D leaves); commands may come from"
                + " standard input; exit 1 if one failed";
    }

    @Override
    public int run(CommandInvocation invocation) throws Exception {
        if (!invocation.arguments().isEmpty()) {
            invocation.err().println("workbench shell: unexpected argument '" + invocation.arguments().get(0)
                    + "'; give the shell its commands on standard input");
            return USAGE;
        }
        try {
            workspace.snapshot();
        } catch (UncheckedIOException | IllegalStateException e) {
            invocation.err().println("workbench shell: " + OpenFailure.describe(workspace.folder(), e, "the shell"));
            return FAILED;
        }
        try (CommandSession session = processor.createSession(System.in, invocation.out(), invocation.err())) {
            ShellLoop.profile(session, System.console() != null);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            boolean succeeded = new ShellLoop(session, in, invocation.out(), invocation.err(),
                    () -> framework.getState() == Bundle.ACTIVE).run();
            return succeeded ? OK : FAILED;
        }
    }
}

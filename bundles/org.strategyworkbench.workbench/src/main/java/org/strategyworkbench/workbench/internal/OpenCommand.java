package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strategyworkbench.core.problems.Validation;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.launcher.command.CommandInvocation;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/**
 * {@code workbench} without a command, or {@code workbench open}: shows the workbench window and
 * returns when the user closes it.
 */
@Component
@CommandName("open")
public final class OpenCommand implements WorkbenchCommand {

    private final BundleContext context;
    private final Workspace workspace;
    private final Validation validation;

    @Activate
    public OpenCommand(BundleContext context, @Reference Workspace workspace, @Reference Validation validation) {
        this.context = context;
        this.workspace = workspace;
        this.validation = validation;
    }

    @Override
    public String summary() {
        return "Open the workbench window (the default when no command is given)";
    }

    @Override
    public int run(CommandInvocation invocation) throws InterruptedException, InvocationTargetException {
        if (!invocation.arguments().isEmpty()) {
            invocation.err().println("workbench: unknown option '" + invocation.arguments().get(0) + "'");
            return USAGE;
        }
        if (GraphicsEnvironment.isHeadless()) {
            invocation.err().println("workbench: no display, so the window cannot open "
                    + "(set DISPLAY, or run a headless command: see workbench --help)");
            return FAILED;
        }
        CountDownLatch closed = new CountDownLatch(1);
        EventQueue.invokeAndWait(() -> new MainWindow(context, new WorkspaceSummary(workspace, validation), closed::countDown).show());
        closed.await();
        return OK;
    }
}

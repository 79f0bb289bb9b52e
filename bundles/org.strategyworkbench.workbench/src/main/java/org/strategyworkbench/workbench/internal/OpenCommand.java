package org.strategyworkbench.workbench.internal;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
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

    /** Framework property: the folder of the user's workbench settings (window layout, theme). */
    static final String SETTINGS = "strategyworkbench.settings";

    private final BundleContext context;
    private final Workspace workspace;
    private final Contributions contributions;
    private final WorkbenchImpl workbench;
    private final SelectionServiceImpl selection;
    private final ErrorLogImpl log;
    private final NotificationsImpl notifications;
    private final JobManager jobs;
    private final org.strategyworkbench.core.plugins.PluginDiagnostics diagnostics;
    private volatile WorkbenchWindow window;

    @Activate
    public OpenCommand(BundleContext context, @Reference Workspace workspace, @Reference Contributions contributions,
            @Reference WorkbenchImpl workbench, @Reference SelectionServiceImpl selection, @Reference ErrorLogImpl log,
            @Reference NotificationsImpl notifications, @Reference JobManager jobs,
            @Reference org.strategyworkbench.core.plugins.PluginDiagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.context = context;
        this.workspace = workspace;
        this.contributions = contributions;
        this.workbench = workbench;
        this.selection = selection;
        this.log = log;
        this.notifications = notifications;
        this.jobs = jobs;
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
        // the workspace opens (and takes its lock) while the window is being built
        java.util.concurrent.CompletableFuture<Void> opening = new java.util.concurrent.CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                workspace.snapshot();
                opening.complete(null);
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "workspace-open");
        opener.setDaemon(true);
        opener.start();
        EventQueue.invokeAndWait(() -> {
            if (workbench.window().isPresent()) {
                invocation.err().println("workbench: the window is already open");
                closed.countDown();
                return;
            }
            HostCommands commands = new HostCommands(context, workbench, workspace, contributions);
            PluginWatcher watcher = new PluginWatcher(context, diagnostics, log, notifications);
            window = new WorkbenchWindow(context, contributions, workbench, selection, log, notifications, jobs, workspace,
                    settingsFolder(), () -> {
                        watcher.close();
                        commands.close();
                        closed.countDown();
                    });
            window.show();
        });
        try {
            opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            String message = "The workspace " + workspace.folder() + " could not be opened: " + e.getCause().getMessage();
            invocation.err().println("workbench: " + message);
            WorkbenchWindow open = window;
            if (open != null) {
                EventQueue.invokeAndWait(() -> {
                    javax.swing.JOptionPane.showMessageDialog(open.frame(), message, "Strategy Workbench",
                            javax.swing.JOptionPane.ERROR_MESSAGE);
                    open.close();
                });
            }
            closed.await();
            window = null;
            return FAILED;
        }
        closed.await();
        window = null;
        return OK;
    }

    private Path settingsFolder() {
        String configured = context.getProperty(SETTINGS);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".strategyworkbench");
    }

    /** The framework is stopping: the window closes with everything it holds. */
    @Deactivate
    void deactivate() throws InterruptedException, InvocationTargetException {
        WorkbenchWindow open = window;
        if (open != null && !EventQueue.isDispatchThread()) {
            EventQueue.invokeAndWait(open::close);
        }
    }
}

package org.strategyworkbench.workbench.tests.plugins.jobs;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;

/** A test plugin whose command starts, through its context's workbench, a job that runs until cancelled. */
public final class Activator implements BundleActivator {

    public static final String COMMAND = "test.jobs.command";
    public static final String JOB = "Endless test job";

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> command = new Hashtable<>();
        command.put("workbench.command.id", COMMAND);
        command.put("workbench.command.label", "Start Endless Job");
        command.put("workbench.command.locations", new String[] {"tools"});
        context.registerService(CommandHandler.class, new CommandHandler() {
            @Override
            public void execute(CommandContext c) {
                c.workbench().jobs().schedule(JOB, monitor -> {
                    while (!monitor.isCanceled()) {
                        Thread.sleep(10);
                    }
                });
            }
        }, command);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services; the workbench cancels the job
    }
}

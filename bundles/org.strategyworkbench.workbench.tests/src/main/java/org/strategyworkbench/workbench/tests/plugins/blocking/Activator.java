package org.strategyworkbench.workbench.tests.plugins.blocking;

import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;

/** A test plugin whose command holds the UI thread for 2.5 seconds. */
public final class Activator implements BundleActivator {

    public static final String COMMAND = "test.blocking.command";
    public static final long BLOCK_MILLIS = 2500;

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> command = new Hashtable<>();
        command.put("workbench.command.id", COMMAND);
        command.put("workbench.command.label", "Blocking Command");
        command.put("workbench.command.locations", new String[] {"tools"});
        context.registerService(CommandHandler.class, new CommandHandler() {
            @Override
            public void execute(CommandContext c) throws InterruptedException {
                Thread.sleep(BLOCK_MILLIS);
            }
        }, command);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }
}

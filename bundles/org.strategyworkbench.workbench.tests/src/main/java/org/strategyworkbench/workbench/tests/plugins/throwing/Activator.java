package org.strategyworkbench.workbench.tests.plugins.throwing;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.swing.JComponent;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;

/** A test plugin whose view throws while being created and whose command throws when run. */
public final class Activator implements BundleActivator {

    public static final String VIEW = "test.throwing.view";
    public static final String COMMAND = "test.throwing.command";
    public static final String MESSAGE = "deliberately broken view";

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> view = new Hashtable<>();
        view.put("workbench.view.id", VIEW);
        view.put("workbench.view.title", "Broken View");
        view.put("workbench.view.perspectives", new String[] {"*"});
        context.registerService(ViewPart.class, new ViewPart() {
            @Override
            public JComponent createControl(PartSite site) {
                throw new IllegalStateException(MESSAGE);
            }
        }, view);
        Dictionary<String, Object> command = new Hashtable<>();
        command.put("workbench.command.id", COMMAND);
        command.put("workbench.command.label", "Broken Command");
        command.put("workbench.command.locations", new String[] {"tools"});
        context.registerService(CommandHandler.class, new CommandHandler() {
            @Override
            public void execute(CommandContext c) {
                throw new UnsupportedOperationException("deliberately broken command");
            }
        }, command);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }
}

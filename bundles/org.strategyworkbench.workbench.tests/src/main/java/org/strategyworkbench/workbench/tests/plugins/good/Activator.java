package org.strategyworkbench.workbench.tests.plugins.good;

import java.util.Dictionary;
import java.util.Hashtable;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strategyworkbench.workbench.contribution.CommandContext;
import org.strategyworkbench.workbench.contribution.CommandHandler;
import org.strategyworkbench.workbench.contribution.PartSite;
import org.strategyworkbench.workbench.contribution.ViewPart;

/**
 * A well-behaved test plugin: a view shown in every perspective, and a command with a key binding
 * and a menu entry that counts its executions in the system property {@value #EXECUTED}.
 * Packaged as its own bundle by the tests; never loaded by the test bundle itself.
 */
public final class Activator implements BundleActivator {

    public static final String VIEW = "test.good.view";
    public static final String COMMAND = "test.good.command";
    public static final String KEYS = "ctrl shift F9";
    public static final String EXECUTED = "test.good.executed";

    @Override
    public void start(BundleContext context) {
        Dictionary<String, Object> view = new Hashtable<>();
        view.put("workbench.view.id", VIEW);
        view.put("workbench.view.title", "Good View");
        view.put("workbench.view.area", "RIGHT");
        view.put("workbench.view.perspectives", new String[] {"*"});
        context.registerService(ViewPart.class, new ViewPart() {
            @Override
            public JComponent createControl(PartSite site) {
                JPanel panel = new JPanel();
                panel.add(new JLabel("A view of a national plugin"));
                return panel;
            }
        }, view);
        Dictionary<String, Object> command = new Hashtable<>();
        command.put("workbench.command.id", COMMAND);
        command.put("workbench.command.label", "Good Command");
        command.put("workbench.command.keys", KEYS);
        command.put("workbench.command.locations", new String[] {"national/test", "toolbar"});
        context.registerService(CommandHandler.class, new CommandHandler() {
            @Override
            public void execute(CommandContext c) {
                System.setProperty(EXECUTED, String.valueOf(Integer.getInteger(EXECUTED, 0) + 1));
            }
        }, command);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }
}

package org.strategyworkbench.launcher.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.strategyworkbench.launcher.command.CommandName;
import org.strategyworkbench.launcher.command.WorkbenchCommand;

/** The commands the running bundles offer, found by their {@link CommandName} property. */
final class Commands {

    /** How long a command that is not registered yet is waited for (components still activating). */
    private static final long LATE_REGISTRATION_MILLIS = 1_000;

    private final BundleContext context;

    Commands(BundleContext context) {
        this.context = context;
    }

    /** The command of that name, or empty when no bundle offers it. */
    Optional<WorkbenchCommand> find(String name) throws InterruptedException {
        ServiceTracker<WorkbenchCommand, WorkbenchCommand> tracker = new ServiceTracker<>(context, filter(name), null);
        tracker.open();
        try {
            return Optional.ofNullable(tracker.waitForService(LATE_REGISTRATION_MILLIS));
        } finally {
            tracker.close();
        }
    }

    private org.osgi.framework.Filter filter(String name) {
        String escaped = name.replaceAll("([\\\\*()])", "\\\\$1");
        try {
            return context.createFilter("(&(objectClass=" + WorkbenchCommand.class.getName() + ")("
                    + CommandName.PROPERTY + "=" + escaped + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every registered command by name, with its summary and arguments. */
    Map<String, String[]> describe() {
        Map<String, String[]> result = new TreeMap<>();
        try {
            for (ServiceReference<WorkbenchCommand> ref : context.getServiceReferences(WorkbenchCommand.class, null)) {
                // getServiceReferences(Class, String) returns an empty collection, never null
                Object name = ref.getProperty(CommandName.PROPERTY);
                WorkbenchCommand command = context.getService(ref);
                if (name instanceof String n && command != null) {
                    result.putIfAbsent(n, new String[] {command.summary(), command.arguments()});
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** The first line of the usage. */
    static final String SYNOPSIS = "Usage: workbench [--workspace DIR] [--plugins DIR] [--trusted-signers PATH] [COMMAND [ARGUMENTS]]";

    /** Prints the usage with every command. */
    void printUsage(PrintStream out, java.nio.file.Path plugins) {
        out.println(SYNOPSIS);
        out.println();
        out.println("Commands:");
        describe().forEach((name, d) -> out.printf("  %-10s %s%n", name, d[0]));
        out.println();
        out.println("Without a command the workbench window opens.");
        out.println();
        out.println("Options:");
        out.println("  --workspace DIR  the workspace to open (default: " + Main.defaultWorkspace() + ")");
        out.println("  --plugins DIR    the folder watched for plugin bundles (now: " + plugins + ")");
        out.println("  --trusted-signers PATH");
        out.println("                   accept only plugins signed (jarsigner) by these certificates: a PEM or");
        out.println("                   DER file, or a folder of them (also -Dstrategyworkbench.plugins.signers)");
        out.println("  --help, -h       this help; COMMAND --help shows that command's arguments");
        out.println("  --version        the product, framework and Java versions");
    }
}

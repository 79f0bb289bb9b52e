package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command: something the user can do from a menu, the toolbar, a key binding or the command
 * palette. Register it as a service with {@link CommandProperties}; a service without the
 * {@value CommandProperties#ID} property is ignored, and of two commands with one id the one
 * registered first is used (the other is logged). Menus, toolbar and key bindings follow the
 * command services as they come and go.
 *
 * <p>Threading: both methods are called on the event dispatch thread; {@link #execute} must
 * return quickly and hand long work to a job. The workbench reports a handler that holds the
 * event thread for more than a second, naming its bundle.
 *
 * @since 1.0
 */
@ConsumerType
public interface CommandHandler {

    /**
     * Runs the command. Called only when {@link #isEnabled} has just returned true.
     *
     * @param context the selection when the command was invoked, the workbench and the window
     * @throws Exception any failure; the workbench shows it to the user and logs it
     */
    void execute(CommandContext context) throws Exception;

    /**
     * Whether the command can run now; asked when a menu opens, when the toolbar is updated and
     * before every execution, so it must be quick. A handler that throws here is treated as
     * disabled.
     *
     * @param context the current selection, the workbench and the window
     * @return true when the command can run; the default is always true
     */
    default boolean isEnabled(CommandContext context) {
        return true;
    }
}

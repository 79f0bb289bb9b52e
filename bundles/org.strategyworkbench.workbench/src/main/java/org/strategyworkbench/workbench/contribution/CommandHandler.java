package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command: something the user can do from a menu, the toolbar, a key binding or the command
 * palette. Register it as a service with {@link CommandProperties}.
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
     * Runs the command.
     *
     * @throws Exception any failure; the workbench shows it to the user and logs it
     */
    void execute(CommandContext context) throws Exception;

    /**
     * Whether the command can run now; asked when a menu opens and before every execution.
     * A handler that throws here is treated as disabled.
     */
    default boolean isEnabled(CommandContext context) {
        return true;
    }
}

package org.strategyworkbench.launcher.command;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command of the {@code ./workbench} command line, such as {@code bundles} or {@code export}.
 *
 * <p><b>Registration:</b> a service of this type with the {@link CommandName} property, for
 * example a Declarative Services component annotated {@code @CommandName("export")}. When two
 * services claim one name, the one with the highest service ranking wins.
 *
 * <p><b>Lifecycle and threading:</b> the launcher calls {@link #run} at most once per process,
 * on the launcher's main thread, after every bundle of the product and every plugin has been
 * started. The framework stops when {@code run} returns. Headless commands must not need a
 * display.
 *
 * @since 0.1
 */
@ConsumerType
public interface WorkbenchCommand {

    /** Exit code of a command that did what it was asked. */
    int OK = 0;
    /** Exit code of a command that ran and found a failure (for example, validation errors). */
    int FAILED = 1;
    /** Exit code of a command called with arguments it does not accept. */
    int USAGE = 2;

    /** One line for {@code ./workbench --help}, for example "List every bundle and its state". */
    String summary();

    /** The arguments this command accepts, for the usage line, for example {@code "--out FILE"}. */
    default String arguments() {
        return "";
    }

    /**
     * Runs the command.
     *
     * @param invocation the arguments, streams and folders of this run
     * @return the process exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws Exception on an unexpected failure; the launcher reports it and exits with 1
     */
    int run(CommandInvocation invocation) throws Exception;
}

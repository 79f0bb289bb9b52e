package org.strategyworkbench.launcher.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One run of a {@link WorkbenchCommand}: what the user typed and where the output goes.
 * The launcher implements it; commands only read it.
 *
 * @since 0.1
 */
@ProviderType
public interface CommandInvocation {

    /** The command's own arguments, without the command name and the global options. */
    List<String> arguments();

    /** The workspace folder chosen with {@code --workspace}, or the default one. */
    Path workspace();

    /** The plugins folder watched for bundles, chosen with {@code --plugins} or the default. */
    Path plugins();

    /** Where results go (standard output). */
    PrintStream out();

    /** Where messages and progress go (standard error). */
    PrintStream err();
}

package org.strategyworkbench.workbench.contribution;

import java.awt.Window;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * What a command runs against. Made by the window for each use of a command (an execution, or the
 * question whether it is enabled); valid while the window is open.
 *
 * @since 1.0
 */
@ProviderType
public interface CommandContext {

    /**
     * The selection when the command was invoked.
     *
     * @return the selection at that moment; {@link Selection#EMPTY} when nothing was selected
     */
    Selection selection();

    /**
     * The workbench.
     *
     * @return the workbench service: selection, jobs, notifications, views and editors
     */
    Workbench workbench();

    /**
     * The window to parent dialogs on.
     *
     * @return the workbench's main window
     */
    Window window();
}

package org.strategyworkbench.workbench.contribution;

import java.awt.Window;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * What a command runs against.
 *
 * @since 1.0
 */
@ProviderType
public interface CommandContext {

    /** The selection when the command was invoked. */
    Selection selection();

    /** The workbench. */
    Workbench workbench();

    /** The window to parent dialogs on. */
    Window window();
}

package org.strategyworkbench.workbench.service;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench as plugins see it: its services, and its window's views, editors and commands.
 *
 * <p>The window methods act on the open window and do nothing when none is open (a headless
 * command). Call them on the event dispatch thread.
 *
 * @since 1.0
 */
@ProviderType
public interface Workbench {

    /** The selection. */
    SelectionService selection();

    /** Background jobs. */
    JobService jobs();

    /** Messages to the user. */
    Notifications notifications();

    /** The error log. */
    ErrorLog errorLog();

    /**
     * Shows a view, opening it in its area when closed, and gives it the focus.
     *
     * @return whether a view with that id exists
     */
    boolean showView(String viewId);

    /**
     * Opens an editor for an entity, or brings an open one to the front. An entity type without
     * an editor service opens in the read-only inspector.
     */
    void openEditor(EntityRef entity);

    /**
     * Runs a command as if the user chose it.
     *
     * @return whether the command exists and was enabled
     */
    boolean execute(String commandId);

    /** The id of the current perspective, empty when no window is open. */
    Optional<String> activePerspective();
}

package org.strategyworkbench.workbench.service;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The workbench as plugins see it: its services, and its window's views, editors and commands.
 *
 * <p>A service of the workbench bundle, also given to every part and command through its site or
 * context. Each bundle is given its own (bundle scope): it differs from the others only in
 * {@link #jobs()}, whose jobs are that bundle's. The service methods may be called from any thread. The window methods act on the open
 * window and do nothing when none is open (a headless command). Call them on the event dispatch
 * thread.
 *
 * @since 1.0
 */
@ProviderType
public interface Workbench {

    /**
     * The selection.
     *
     * @return the selection service; the same on every call
     */
    SelectionService selection();

    /**
     * Background jobs.
     *
     * @return the job service; the same on every call. Its jobs belong to the bundle this
     *         workbench was given to, and are cancelled when it stops (see {@link JobService})
     */
    JobService jobs();

    /**
     * Messages to the user.
     *
     * @return the notifications service; the same on every call
     */
    Notifications notifications();

    /**
     * The error log.
     *
     * @return the error log service; the same on every call
     */
    ErrorLog errorLog();

    /**
     * Shows a view, opening it in its area when closed, and gives it the focus.
     *
     * @param viewId the id the view declares with its view properties
     * @return whether a view with that id exists; false when no window is open
     */
    boolean showView(String viewId);

    /**
     * Opens an editor for an entity, or brings an open one to the front. An entity type without
     * an editor service opens in the read-only inspector.
     *
     * @param entity the entity to edit; not null
     */
    void openEditor(EntityRef entity);

    /**
     * Runs a command as if the user chose it, on the calling thread.
     *
     * @param commandId the id the command declares with its command properties
     * @return whether the command exists and was enabled, and so was run (a handler that throws
     *         is logged and shown, and still counts as run); false when no window is open
     */
    boolean execute(String commandId);

    /**
     * The id of the current perspective.
     *
     * @return the perspective's id, or empty when no window is open
     */
    Optional<String> activePerspective();
}

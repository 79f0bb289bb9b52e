package org.strategyworkbench.workbench.widgets;

import java.io.UncheckedIOException;
import java.util.Optional;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.Edit;
import org.strategyworkbench.core.workspace.EditRejectedException;
import org.strategyworkbench.core.workspace.Workspace;
import org.strategyworkbench.workbench.service.Notifications;

/**
 * Applies an edit for the user: a rejected edit (an invalid value, a broken reference) or a
 * failed save is shown as a notification naming the reason, and the workspace is unchanged.
 *
 * @since 1.0
 */
public final class Edits {

    private Edits() {
    }

    /**
     * Applies {@code edit}; the audit entry, or empty when it was refused (the user was told why).
     * The edit is applied and saved on the calling thread; success is announced too ("… — saved
     * (Ctrl+Z to undo)").
     *
     * @param workspace the workspace to change
     * @param edit the edit; its label starts every message
     * @param notifications where the user is told: an info when applied, a warning naming the
     *        problems when the edit is rejected, an error (also logged) when it could not be saved
     * @return the audit entry of the applied edit, or empty when it was rejected or not saved
     */
    public static Optional<AuditEntry> apply(Workspace workspace, Edit edit, Notifications notifications) {
        try {
            AuditEntry entry = workspace.apply(edit);
            notifications.info(edit.label() + " — saved (Ctrl+Z to undo)");
            return Optional.of(entry);
        } catch (EditRejectedException e) {
            notifications.warning(edit.label() + " was not applied: " + e.getMessage());
        } catch (UncheckedIOException e) {
            notifications.error(edit.label() + " could not be saved: " + e.getCause().getMessage(), e);
        }
        return Optional.empty();
    }
}

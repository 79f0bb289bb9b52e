package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * A view's or editor's link to the workbench, given to {@code createControl}; status items and
 * preference pages get one too, on which {@link #setTitle setTitle} does nothing (and
 * {@link #setSelection setSelection} too, for a preference page).
 *
 * <p>Call its methods on the event dispatch thread. After a view or editor is disposed, its
 * selection and title can no longer be changed.
 *
 * @since 1.0
 */
@ProviderType
public interface PartSite {

    /**
     * The part's id.
     *
     * @return the view's id, an editor's {@code editor:TYPE/ID}, or the status item's or
     *         preference page's id
     */
    String id();

    /**
     * The workbench: selection, jobs, notifications, other views and editors.
     *
     * @return the workbench service
     */
    Workbench workbench();

    /**
     * Publishes what the user selected in this part; the Properties view and {@code
     * SelectionListener} services follow it. When the part closes, its selection is withdrawn.
     *
     * @param selection the selected items; its source is replaced by this part's id. Not null
     */
    void setSelection(Selection selection);

    /**
     * Changes the tab title.
     *
     * @param title the new title; null or blank is ignored
     */
    void setTitle(String title);
}

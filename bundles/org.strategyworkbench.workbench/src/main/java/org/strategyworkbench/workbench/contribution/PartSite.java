package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.workbench.service.Selection;
import org.strategyworkbench.workbench.service.Workbench;

/**
 * A view's or editor's link to the workbench, given to {@code createControl}.
 *
 * <p>Call its methods on the event dispatch thread.
 *
 * @since 1.0
 */
@ProviderType
public interface PartSite {

    /** The part's id (a view id, or an editor's {@code type/id}). */
    String id();

    /** The workbench: selection, jobs, notifications, other views and editors. */
    Workbench workbench();

    /**
     * Publishes what the user selected in this part; the Properties view and {@code
     * SelectionListener} services follow it.
     */
    void setSelection(Selection selection);

    /** Changes the tab title. */
    void setTitle(String title);
}

package org.strategyworkbench.workbench.contribution;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the Preferences dialog. Register it as a service with {@link
 * PreferencePageProperties}. The page keeps its settings where it likes (Configuration Admin is
 * the usual place, so the owning component is reconfigured at once).
 *
 * <p>Threading: every method is called on the event dispatch thread.
 *
 * <p>Lifecycle: every page's {@link #createControl} is called each time the Preferences dialog
 * opens, and {@link #dispose} when it closes. OK and Apply call {@link #apply} on every page, in
 * the dialog's order, and stop at the first that reports a problem.
 *
 * @since 1.0
 */
@ConsumerType
public interface PreferencePage {

    /**
     * Creates the page's panel, showing the current settings.
     *
     * @param site the page's link to the workbench; its selection and title are fixed
     * @return the panel, shown under the page's title
     * @throws Exception any failure; the dialog shows the error in the page's place
     */
    JComponent createControl(PartSite site) throws Exception;

    /**
     * Validates and stores what the user entered (OK or Apply).
     *
     * @return a message naming the field at fault, or {@code null} when the values were stored; a
     *         message keeps the dialog open on this page. An exception counts as a message
     */
    String apply();

    /** Puts back the defaults in the page's fields (not yet stored); the Restore Defaults button. */
    default void restoreDefaults() {
    }

    /** Releases what {@link #createControl} acquired; called when the dialog closes. */
    default void dispose() {
    }
}

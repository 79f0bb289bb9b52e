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
 * @since 1.0
 */
@ConsumerType
public interface PreferencePage {

    /** Creates the page's panel, showing the current settings. */
    JComponent createControl(PartSite site) throws Exception;

    /**
     * Validates and stores what the user entered (OK or Apply).
     *
     * @return a message naming the field at fault, or {@code null} when the values were stored
     */
    String apply();

    /** Puts back the defaults in the page's fields (not yet stored). */
    default void restoreDefaults() {
    }

    /** Releases what {@link #createControl} acquired; called when the dialog closes. */
    default void dispose() {
    }
}

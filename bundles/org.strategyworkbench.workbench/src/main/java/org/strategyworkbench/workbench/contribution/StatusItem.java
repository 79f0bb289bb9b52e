package org.strategyworkbench.workbench.contribution;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A small component in the status line (a counter, an indicator). Register it as a service with
 * {@link StatusItemProperties}. Keep it narrow: the status line gives each item its preferred
 * width.
 *
 * <p>Threading and lifecycle as for {@link ViewPart}: created when the window opens or the
 * service arrives, disposed when either goes.
 *
 * @since 1.0
 */
@ConsumerType
public interface StatusItem {

    /**
     * Creates the item's component.
     *
     * @param site the item's link to the workbench; it has no title
     * @return the component; null leaves the item out
     * @throws Exception any failure; the item is left out and the error logged
     */
    JComponent createControl(PartSite site) throws Exception;

    /** Releases what {@link #createControl} acquired. */
    default void dispose() {
    }
}

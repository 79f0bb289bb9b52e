package org.strategyworkbench.workbench.contribution;

import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view: a panel in the window's docking area, in a tabbed stack the user can move, maximise,
 * close and reopen. Register it as a service with {@link ViewProperties}.
 *
 * <p>Lifecycle: the workbench gets the service and calls {@link #createControl} only when the
 * view is first shown, and calls {@link #dispose} when the view is closed, when the window
 * closes, or when the service goes away. Prefer {@code scope = ServiceScope.PROTOTYPE} for the
 * component, so each opened view has its own instance; with singleton scope the same object is
 * reused after a close.
 *
 * <p>Service properties: see {@link ViewProperties}. A service without the
 * {@value ViewProperties#ID} property is ignored, and of two views with one id the one registered
 * first is used (the other is logged).
 *
 * <p>Threading: both methods are called on the event dispatch thread. {@code createControl}
 * must return quickly: show the panel at once and load heavy content in a job.
 *
 * @since 1.0
 */
@ConsumerType
public interface ViewPart {

    /**
     * Creates the view's panel.
     *
     * @param site the view's link to the workbench: selection, jobs, notifications
     * @return the panel; the workbench adds it to a tab
     * @throws Exception any failure; the workbench shows a placeholder naming the error instead
     */
    JComponent createControl(PartSite site) throws Exception;

    /** Releases what {@link #createControl} acquired: listeners, jobs, timers. */
    default void dispose() {
    }
}

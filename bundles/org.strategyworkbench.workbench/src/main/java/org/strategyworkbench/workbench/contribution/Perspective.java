package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A named arrangement of views, chosen with the perspective switcher. Register it as a service
 * with {@link PerspectiveProperties}.
 *
 * <p>The window of a perspective is rebuilt from its {@link #layout} and the live views on every
 * start and on "Reset Perspective"; only the user's own changes (moved, closed, opened views,
 * divider positions) are saved on top. Views of a plugin that name this perspective (or
 * {@code *}) in {@link ViewProperties#perspectives()} are added to it without the perspective
 * knowing them.
 *
 * <p>Service properties: see {@link PerspectiveProperties}. A perspective registered while the
 * window is open appears on the switcher at once.
 *
 * @since 1.0
 */
@ConsumerType
public interface Perspective {

    /**
     * Places this perspective's views. Called on the event dispatch thread, whenever the window
     * works out the perspective's arrangement (when it is shown, reset, or a view opens in it), so
     * it must be quick and place the same views every time.
     *
     * @param layout collects the arrangement; valid only during this call
     */
    void layout(PerspectiveLayout layout);
}

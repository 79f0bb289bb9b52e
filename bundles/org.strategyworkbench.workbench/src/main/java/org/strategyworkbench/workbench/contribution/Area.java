package org.strategyworkbench.workbench.contribution;

/**
 * Where in the window a view is shown. The centre holds editors and the main views; the side
 * and bottom areas hold supporting views.
 *
 * @since 1.0
 */
public enum Area {
    /** The left side, for navigation views. */
    LEFT,
    /** The centre, for editors and the main view of a perspective. */
    CENTER,
    /** The right side, for detail views such as Properties. */
    RIGHT,
    /** The bottom, for views such as Problems and the Error Log. */
    BOTTOM
}

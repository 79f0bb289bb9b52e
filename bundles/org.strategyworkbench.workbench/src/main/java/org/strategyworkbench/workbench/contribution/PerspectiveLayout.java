package org.strategyworkbench.workbench.contribution;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Collects a {@link Perspective}'s arrangement.
 *
 * @since 1.0
 */
@ProviderType
public interface PerspectiveLayout {

    /**
     * Shows a view in an area; views placed in the same area become tabs of one stack, in the
     * order placed. A view id that no live service provides is remembered, and the view appears
     * when its bundle arrives.
     *
     * @param viewId the view's id, as its {@link ViewProperties#id()} says
     * @param area where it goes; a view placed twice stays where it was placed first
     * @return this layout
     */
    PerspectiveLayout place(String viewId, Area area);

    /**
     * Sets the share of the window an area takes (0.1 to 0.6 of the width for {@link Area#LEFT}
     * and {@link Area#RIGHT}, of the height for {@link Area#BOTTOM}).
     *
     * @param area a side or the bottom area
     * @param share the share, kept between 0.1 and 0.6; the user's own divider positions win
     * @return this layout
     */
    PerspectiveLayout size(Area area, double share);
}

package org.strategyworkbench.workbench.contribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link ViewPart}: {@code workbench.view.id},
 * {@code workbench.view.title}, and so on.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ViewProperties {

    /** The prefix of every property of this type. */
    String PREFIX_ = "workbench.view.";

    /** The service property naming the view's id. */
    String ID = PREFIX_ + "id";

    /**
     * The identifier, unique in the workbench; by convention prefixed with the bundle's name.
     *
     * @return the id, the service property {@value #ID}; perspectives and
     *         {@link org.strategyworkbench.workbench.service.Workbench#showView} name the view by it
     */
    String id();

    /**
     * The tab title.
     *
     * @return the title; the view may change it later with {@link PartSite#setTitle}
     */
    String title();

    /**
     * The group the view is listed under in Window &gt; Show View and the command palette.
     *
     * @return the category; {@code "General"} by default
     */
    String category() default "General";

    /**
     * A resource path in the contributing bundle of a PNG icon (16 px; a {@code @2x} variant
     * beside it is used on HiDPI screens), or empty for the default icon.
     *
     * @return the path, for example {@code "icons/activity.png"}; empty for the default icon
     */
    String icon() default "";

    /**
     * Where the view opens unless the perspective or the user placed it elsewhere.
     *
     * @return the area; {@link Area#CENTER} by default
     */
    Area area() default Area.CENTER;

    /**
     * The perspectives the view opens in by default: perspective ids, or {@code *} for every
     * perspective. Empty: the view opens only when the user asks for it.
     *
     * @return the perspective ids, or {@code {"*"}}; empty by default
     */
    String[] perspectives() default {};
}

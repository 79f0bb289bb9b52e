package org.strategyworkbench.workbench.contribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link PreferencePage}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PreferencePageProperties {

    /** The prefix of every property of this type. */
    String PREFIX_ = "workbench.preferences.";

    /**
     * The identifier, unique in the workbench.
     *
     * @return the id, the service property {@code workbench.preferences.id}
     */
    String id();

    /**
     * The page's name in the dialog's list.
     *
     * @return the title, also shown above the page
     */
    String title();

    /**
     * Order in the list; lower first.
     *
     * @return the rank, 100 by default; pages of one rank are ordered by title
     */
    int rank() default 100;
}

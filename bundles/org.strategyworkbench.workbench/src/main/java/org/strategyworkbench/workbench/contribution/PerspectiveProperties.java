package org.strategyworkbench.workbench.contribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link Perspective}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PerspectiveProperties {

    /** The prefix of every property of this type. */
    String PREFIX_ = "workbench.perspective.";

    /**
     * The identifier, unique in the workbench.
     *
     * @return the id, the service property {@code workbench.perspective.id}; views name it in
     *         {@link ViewProperties#perspectives()}
     */
    String id();

    /**
     * The name on the perspective switcher.
     *
     * @return the label
     */
    String label();

    /**
     * Order on the switcher; lower first. The lowest is the default perspective.
     *
     * @return the rank, 100 by default
     */
    int rank() default 100;
}

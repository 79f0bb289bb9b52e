package org.strategyworkbench.workbench.contribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link StatusItem}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StatusItemProperties {

    /** The prefix of every property of this type. */
    String PREFIX_ = "workbench.status.";

    /**
     * The identifier, unique in the workbench.
     *
     * @return the id, the service property {@code workbench.status.id}
     */
    String id();

    /**
     * Order from the left; lower first.
     *
     * @return the rank, 100 by default
     */
    int rank() default 100;
}

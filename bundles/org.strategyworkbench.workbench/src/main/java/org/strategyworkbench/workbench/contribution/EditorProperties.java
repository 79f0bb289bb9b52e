package org.strategyworkbench.workbench.contribution;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of an {@link EditorPart}.
 *
 * @since 1.0
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EditorProperties {

    /** The prefix of every property of this type. */
    String PREFIX_ = "workbench.editor.";

    /** The service property naming the entity type. */
    String ENTITY_TYPE = PREFIX_ + "entityType";

    /**
     * The entity type the editor edits (an {@code EntityType} name, e.g. {@code commitment}).
     *
     * @return the type's name, the service property {@value #ENTITY_TYPE}
     */
    String entityType();

    /**
     * Higher wins when several editors edit the same type.
     *
     * @return the rank, 0 by default; of editors of one rank, the one registered first wins
     */
    int rank() default 0;
}

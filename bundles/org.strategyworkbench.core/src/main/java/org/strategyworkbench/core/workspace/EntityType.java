package org.strategyworkbench.core.workspace;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.strategyworkbench.core.problems.Problem;

/**
 * A kind of entity the workspace holds, such as a commitment or an ally. Domain bundles and
 * plugins register one service per type; the workspace and the store handle whatever is
 * registered.
 *
 * <p>Entities are immutable values (records are the rule) that Jackson can read and write.
 * Implementations must be thread-safe and stateless.
 *
 * @param <T> the entity class
 * @since 1.0
 */
@ConsumerType
public interface EntityType<T> {

    /** The type's unique name, lower case with hyphens, for example {@code "commitment"}. */
    String name();

    /** The class of the entities; the store reads and writes it with Jackson. */
    Class<T> entityClass();

    /** The entity's id, unique within its type, for example {@code "CSS-07"}. */
    String idOf(T entity);

    /**
     * The partition an entity is stored in: entities of one partition share one file, so that,
     * for example, one ally's actions can be exchanged alone. The default keeps a type in one file.
     *
     * @return a partition name of letters, digits and hyphens, or {@code ""} for the default
     */
    default String partitionOf(T entity) {
        return "";
    }

    /**
     * Checks one entity on its own: required fields, formats, ranges. An edit that would store an
     * entity with an {@link Problem.Severity#ERROR} problem is rejected. Checks across entities
     * belong in a {@link org.strategyworkbench.core.problems.Validator}.
     */
    default List<Problem> check(T entity) {
        return List.of();
    }
}

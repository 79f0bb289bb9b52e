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
 * Implementations must be thread-safe and stateless: the workspace calls them on the thread of
 * an edit, the {@link org.strategyworkbench.core.problems.Validation} service on whichever thread
 * validates.
 *
 * <p>Lifecycle: a type registered while the workspace is open has its stored entities read at
 * once; when its service goes away, its entities leave the workspace's snapshots and its files
 * stay as they are, to be read again when the type comes back. The service needs no service
 * properties.
 *
 * @param <T> the entity class
 * @since 1.0
 */
@ConsumerType
public interface EntityType<T> {

    /**
     * The type's unique name, lower case with hyphens, for example {@code "commitment"}.
     *
     * @return the name; the same on every call, as it names the type's files in the workspace
     *         folder and its entries in the audit trail
     */
    String name();

    /**
     * The class of the entities; the store reads and writes it with Jackson.
     *
     * @return the entity class; the same on every call
     */
    Class<T> entityClass();

    /**
     * The entity's id, unique within its type, for example {@code "CSS-07"}.
     *
     * @param entity an entity of this type; not null
     * @return the id; an edit storing an entity whose id is blank or holds a control character is
     *         rejected
     */
    String idOf(T entity);

    /**
     * The partition an entity is stored in: entities of one partition share one file, so that,
     * for example, one ally's actions can be exchanged alone. The default keeps a type in one file.
     *
     * @param entity an entity of this type; not null
     * @return a partition name of letters, digits and hyphens, or {@code ""} for the default
     */
    default String partitionOf(T entity) {
        return "";
    }

    /**
     * Checks one entity on its own: required fields, formats, ranges. An edit that would store an
     * entity with an {@link Problem.Severity#ERROR} problem is rejected. Checks across entities
     * belong in a {@link org.strategyworkbench.core.problems.Validator}.
     *
     * <p>Called for every entity an edit puts, while the edit holds the workspace (other edits
     * wait), and for every entity when the workspace is validated: return quickly. An exception
     * thrown here becomes an error problem of the entity. The workspace itself also rejects
     * control characters (other than line breaks and tabs) in the text fields of record entities.
     *
     * @param entity the entity to check; not null
     * @return the problems found, empty when the entity is fine; the default finds none
     */
    default List<Problem> check(T entity) {
        return List.of();
    }
}

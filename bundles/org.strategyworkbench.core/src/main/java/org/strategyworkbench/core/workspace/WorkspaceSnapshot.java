package org.strategyworkbench.core.workspace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The whole workspace at one revision. Immutable and safe to read from any thread; a reader
 * keeps using its snapshot while edits produce new ones.
 *
 * <p>Implemented by the core: {@link Workspace#snapshot()}, {@link Workspace#stateAt} and, for
 * tests, {@link SnapshotBuilder}. Type names are {@link EntityType#name()}s and partition names
 * {@link EntityType#partitionOf} results ({@code ""} for a type's default partition). Lists and
 * sets returned are never null: an unknown type, id or partition gives an empty one.
 *
 * @since 1.0
 */
@ProviderType
public interface WorkspaceSnapshot {

    /**
     * The revision: the number of the latest audit entry, one more for every applied edit, undo
     * and redo.
     *
     * @return the revision; 0 for a workspace that was never changed
     */
    long revision();

    /**
     * The entity of that type and id.
     *
     * @param <T> the entity class
     * @param type the entity's type
     * @param id the entity's id, as {@link EntityType#idOf} gives it
     * @return the entity, or empty when the snapshot holds none of that type and id
     */
    <T> Optional<T> get(EntityType<T> type, String id);

    /**
     * Every entity of the type, sorted by id.
     *
     * @param <T> the entity class
     * @param type the type
     * @return the entities across all partitions, unmodifiable; empty when there are none
     */
    <T> List<T> all(EntityType<T> type);

    /**
     * The entities of one partition of the type, sorted by id.
     *
     * @param <T> the entity class
     * @param type the type
     * @param partition the partition's name, {@code ""} for the type's default partition
     * @return the entities, unmodifiable; empty when the partition holds none
     */
    <T> List<T> partition(EntityType<T> type, String partition);

    /**
     * The names of the type's partitions that hold at least one entity.
     *
     * @param typeName the type's name
     * @return the partition names, sorted; {@code ""} among them when the default partition holds
     *         entities
     */
    Set<String> partitions(String typeName);

    /**
     * The names of every type with at least one entity. The current snapshot holds the types
     * registered now; a state rebuilt from the audit trail ({@link Workspace#stateAt}) can also
     * hold types no bundle registers now.
     *
     * @return the type names, sorted
     */
    Set<String> typeNames();

    /**
     * Every entity of a type by its name, untyped, sorted by id; for generic tools (store, diff).
     *
     * @param typeName the type's name
     * @return the entities, unmodifiable; empty when there are none
     */
    List<Object> entities(String typeName);

    /**
     * The entities of one partition of a type by its name, untyped, sorted by id.
     *
     * @param typeName the type's name
     * @param partition the partition's name, {@code ""} for the type's default partition
     * @return the entities; empty when the partition holds none
     */
    List<Object> entities(String typeName, String partition);

    /**
     * The ids of every entity of the named type, sorted; for generic tools (diff, history).
     *
     * @param typeName the type's name
     * @return the ids; empty when there are none
     */
    SortedSet<String> ids(String typeName);

    /**
     * The entity of the named type with that id, untyped; for generic tools.
     *
     * @param typeName the type's name
     * @param id the entity's id
     * @return the entity, or empty when there is none
     */
    Optional<Object> entity(String typeName, String id);

    /**
     * How many entities of the named type the workspace holds.
     *
     * @param typeName the type's name
     * @return the number of entities, 0 for a type without entities or an unknown name
     */
    int count(String typeName);
}

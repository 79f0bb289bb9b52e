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
 * @since 1.0
 */
@ProviderType
public interface WorkspaceSnapshot {

    /** The revision: 0 for a workspace as loaded, one more for every applied edit. */
    long revision();

    /** The entity of that type and id. */
    <T> Optional<T> get(EntityType<T> type, String id);

    /** Every entity of the type, sorted by id. */
    <T> List<T> all(EntityType<T> type);

    /** The entities of one partition of the type, sorted by id. */
    <T> List<T> partition(EntityType<T> type, String partition);

    /** The names of the type's partitions that hold at least one entity. */
    Set<String> partitions(String typeName);

    /** The names of every type with at least one entity, including types no bundle registers now. */
    Set<String> typeNames();

    /** Every entity of a type by its name, untyped, sorted by id; for generic tools (store, diff). */
    List<Object> entities(String typeName);

    /** The entities of one partition of a type by its name, untyped, sorted by id. */
    List<Object> entities(String typeName, String partition);

    /** The ids of every entity of the named type, sorted; for generic tools (diff, history). */
    SortedSet<String> ids(String typeName);

    /** The entity of the named type with that id, untyped; for generic tools. */
    Optional<Object> entity(String typeName, String id);

    /** How many entities of the named type the workspace holds. */
    int count(String typeName);
}

package org.strategyworkbench.core.store;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.strategyworkbench.core.problems.Problem;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * One open workspace folder, locked for this process until {@link #close()}. Called by one
 * thread at a time. Every write is atomic: after a crash the folder holds the last completed
 * write.
 *
 * <p>Lifecycle: {@link WorkspaceStore#open} creates it; the workspace service reads the history
 * and each entity type's entities, then saves every edit, and closes the session when the
 * service shuts down.
 *
 * @since 1.0
 */
@ConsumerType
public interface StoreSession extends AutoCloseable {

    /**
     * Whether the folder held no workspace when it was opened.
     *
     * @return true for a new workspace, which the workspace service then fills from its seeds
     */
    boolean isNew();

    /**
     * Every stored entity of the type.
     *
     * @param <T> the entity class
     * @param type the type whose entities to read, from every partition
     * @return the entities, in no particular order; empty when none are stored
     * @throws CorruptWorkspaceException naming file, line and field when a file is malformed
     * @throws IOException when a file cannot be read
     */
    <T> List<T> read(EntityType<T> type) throws IOException;

    /**
     * Saves the given partitions of the snapshot, and only those; a partition without entities
     * is deleted.
     *
     * @param snapshot the state to save
     * @param partitions the partitions the edit changed
     * @throws IOException when a file cannot be written; the files are as before
     */
    void write(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) throws IOException;

    /**
     * Appends an entry to the stored audit trail.
     *
     * @param entry the entry, whose revision follows the last stored one
     * @throws IOException when the trail cannot be written
     */
    void append(AuditEntry entry) throws IOException;

    /**
     * Saves the partitions and appends the entry that records them, as one: after a crash the
     * folder holds both or neither. The default writes then appends; a store that can, overrides it
     * to make the two atomic together.
     *
     * @param snapshot the state after the edit
     * @param partitions the partitions the edit changed
     * @param entry the audit entry that records the edit
     * @throws SaveIncompleteException when the save took place but could not be completed yet;
     *         the edit counts as saved (since 1.1)
     * @throws IOException when the save failed; with an atomic implementation the folder is as
     *         before
     */
    default void save(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions, AuditEntry entry) throws IOException {
        write(snapshot, partitions);
        append(entry);
    }

    /**
     * The stored audit trail, oldest first. Entities of types the lookup does not know are
     * returned as generic JSON trees.
     *
     * @param types finds the entity types to read the recorded entities as
     * @return the entries, empty for a new workspace
     * @throws CorruptWorkspaceException naming the file and line of an entry that cannot be read
     * @throws IOException when the trail cannot be read
     */
    List<AuditEntry> history(TypeLookup types) throws IOException;

    /**
     * What is wrong in the stored workspace without stopping it from being read, such as two
     * entities of one type with the same id (only the first is read). The workspace reports these
     * with its other problems and, while any is an error, refuses to save edits, so that nothing
     * the store could not read back is lost by a save. Grows as types are {@linkplain #read read}.
     *
     * @return the problems found so far, each naming the files and lines concerned; empty by default
     * @since 1.1
     */
    default List<Problem> problems() {
        return List.of();
    }

    /** Releases the lock. */
    @Override
    void close() throws IOException;
}

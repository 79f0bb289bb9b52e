package org.strategyworkbench.core.store;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.strategyworkbench.core.workspace.AuditEntry;
import org.strategyworkbench.core.workspace.EntityType;
import org.strategyworkbench.core.workspace.WorkspaceSnapshot;

/**
 * One open workspace folder, locked for this process until {@link #close()}. Called by one
 * thread at a time. Every write is atomic: after a crash the folder holds the last completed
 * write.
 *
 * @since 1.0
 */
@ConsumerType
public interface StoreSession extends AutoCloseable {

    /** Whether the folder held no workspace when it was opened. */
    boolean isNew();

    /**
     * Every stored entity of the type.
     *
     * @throws CorruptWorkspaceException naming file, line and field when a file is malformed
     */
    <T> List<T> read(EntityType<T> type) throws IOException;

    /**
     * Saves the given partitions of the snapshot, and only those; a partition without entities
     * is deleted.
     */
    void write(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions) throws IOException;

    /** Appends an entry to the stored audit trail. */
    void append(AuditEntry entry) throws IOException;

    /**
     * Saves the partitions and appends the entry that records them, as one: after a crash the
     * folder holds both or neither. The default writes then appends; a store that can, overrides it
     * to make the two atomic together.
     */
    default void save(WorkspaceSnapshot snapshot, Set<PartitionKey> partitions, AuditEntry entry) throws IOException {
        write(snapshot, partitions);
        append(entry);
    }

    /**
     * The stored audit trail, oldest first. Entities of types the lookup does not know are
     * returned as generic JSON trees.
     */
    List<AuditEntry> history(TypeLookup types) throws IOException;

    /** Releases the lock. */
    @Override
    void close() throws IOException;
}

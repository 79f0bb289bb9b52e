package org.strategyworkbench.core.store;

import java.util.Objects;

/**
 * A partition of an entity type: the unit the store saves as one file.
 *
 * @param typeName the entity type's name
 * @param partition the partition's name, {@code ""} for the type's default partition
 * @since 1.0
 */
public record PartitionKey(String typeName, String partition) {

    /**
     * Creates a key.
     *
     * @param typeName the entity type's name; not null
     * @param partition the partition's name, {@code ""} for the type's default partition; not null
     * @throws NullPointerException when typeName or partition is null
     */
    public PartitionKey {
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(partition, "partition");
    }
}

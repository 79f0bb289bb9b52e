package org.strategyworkbench.core.store;

import java.util.Optional;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * Finds a registered entity type by name.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TypeLookup {

    /** The registered type of that name, or empty. */
    Optional<EntityType<?>> type(String name);
}

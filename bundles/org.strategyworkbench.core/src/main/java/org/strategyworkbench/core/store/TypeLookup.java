package org.strategyworkbench.core.store;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.strategyworkbench.core.workspace.EntityType;

/**
 * Finds a registered entity type by name. The workspace service implements it and hands it to the
 * store.
 *
 * @since 1.0
 */
@ProviderType
@FunctionalInterface
public interface TypeLookup {

    /** The registered type of that name, or empty. */
    Optional<EntityType<?>> type(String name);
}

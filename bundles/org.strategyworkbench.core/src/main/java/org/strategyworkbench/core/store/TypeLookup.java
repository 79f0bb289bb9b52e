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

    /**
     * The registered type of that name.
     *
     * @param name an entity type's name, as recorded in the audit trail
     * @return the type registered now under that name, or empty when there is none
     */
    Optional<EntityType<?>> type(String name);
}

package org.strategyworkbench.workbench.service;

import java.util.Objects;

/**
 * A reference to one workspace entity, the usual item of a {@link Selection}. Immutable; two
 * references to the same type and id are equal.
 *
 * @param type the entity type name, e.g. {@code commitment}
 * @param id the entity's id, e.g. {@code CSS-07}
 * @since 1.0
 */
public record EntityRef(String type, String id) {

    /**
     * Creates a reference.
     *
     * @param type the entity type's name, as {@code EntityType.name()} gives it; not null
     * @param id the entity's id; not null
     * @throws NullPointerException when type or id is null
     */
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}

package org.strategyworkbench.workbench.service;

import java.util.Objects;

/**
 * A reference to one workspace entity, the usual item of a {@link Selection}.
 *
 * @param type the entity type name, e.g. {@code commitment}
 * @param id the entity's id, e.g. {@code CSS-07}
 * @since 1.0
 */
public record EntityRef(String type, String id) {

    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}

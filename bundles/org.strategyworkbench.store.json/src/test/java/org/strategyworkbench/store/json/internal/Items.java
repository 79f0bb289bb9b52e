package org.strategyworkbench.store.json.internal;

import java.time.LocalDate;
import java.util.List;
import org.strategyworkbench.core.workspace.EntityType;

/** A small entity type for the store's tests, partitioned by group. */
final class Items implements EntityType<Items.Item> {

    /** With derived accessors as entity records have them (such as {@code isNew()}): never stored. */
    record Item(String id, String group, LocalDate due, List<String> tags) {

        boolean isDated() {
            return due != null;
        }

        public boolean isTagged() {
            return !tags.isEmpty();
        }

        public String getLabel() {
            return id + " (" + group + ")";
        }
    }

    static final Items TYPE = new Items();

    @Override
    public String name() {
        return "item";
    }

    @Override
    public Class<Item> entityClass() {
        return Item.class;
    }

    @Override
    public String idOf(Item item) {
        return item.id();
    }

    @Override
    public String partitionOf(Item item) {
        return item.group();
    }
}

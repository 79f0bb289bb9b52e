package org.strategyworkbench.core.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command that changes the workspace: a label for the audit trail and undo menu, and the
 * entities it puts or removes. Applied all at once or not at all by {@link Workspace#apply}.
 *
 * <p>Immutable and safe to hand to any thread once built (the entities it holds are immutable
 * values, see {@link EntityType}); build one with {@link #named(String)}.
 *
 * <pre>{@code
 * workspace.apply(Edit.named("Move CSS-03 to decided").put(COMMITMENTS, decided).build());
 * }</pre>
 *
 * @since 1.0
 */
public final class Edit {

    /**
     * One step of an edit: put an entity (add or replace), or remove one by id.
     *
     * @param type the entity's type
     * @param id the entity's id, as {@link EntityType#idOf} gives it
     * @param entity the entity to put, or null to remove the one with this id
     */
    public record Operation(EntityType<?> type, String id, Object entity) {

        /**
         * Creates a step; {@link Builder#put} and {@link Builder#remove} create them.
         *
         * @param type the entity's type; not null
         * @param id the entity's id; not null
         * @param entity the entity to put, or null to remove the one with this id
         * @throws NullPointerException when type or id is null
         */
        public Operation {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        /**
         * Whether this step removes the entity.
         *
         * @return true when the step has no entity
         */
        public boolean isRemoval() {
            return entity == null;
        }
    }

    private final String label;
    private final Optional<String> source;
    private final List<Operation> operations;

    private Edit(String label, Optional<String> source, List<Operation> operations) {
        this.label = label;
        this.source = source;
        this.operations = List.copyOf(operations);
    }

    /**
     * Starts an edit with the label users see in the history and the undo menu.
     *
     * @param label what the edit does, in words, for example {@code "Move CSS-03 to decided"};
     *        leading and trailing white space is removed
     * @return a new builder without operations
     * @throws IllegalArgumentException when the label is null or blank
     */
    public static Builder named(String label) {
        return new Builder(label);
    }

    /**
     * The label users see in the history and the undo menu.
     *
     * @return the label given to {@link #named(String)}, stripped; never blank
     */
    public String label() {
        return label;
    }

    /**
     * Where the edit came from when not typed by a user, for example an imported file.
     *
     * @return the source given to {@link Builder#source(String)}, or empty when none was given
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * The steps of the edit. They are applied in order, and later steps see the effect of earlier
     * ones: a put after a remove of the same id adds the entity again.
     *
     * @return the operations in the order they were added, unmodifiable; empty for an edit that
     *         changes nothing
     */
    public List<Operation> operations() {
        return operations;
    }

    /** Collects the operations of an edit. Not thread-safe. */
    public static final class Builder {
        private final String label;
        private String source;
        private final List<Operation> operations = new ArrayList<>();

        private Builder(String label) {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("an edit needs a label");
            }
            this.label = label.strip();
        }

        /**
         * Adds the entity, or replaces the one with the same id. An entity equal to the stored one
         * changes nothing; one whose {@link EntityType#partitionOf partition} changed moves there.
         *
         * @param <T> the entity class
         * @param type the entity's type; its {@link EntityType#idOf} is called now
         * @param entity the entity to store; not null
         * @return this builder
         * @throws NullPointerException when type or entity is null
         */
        public <T> Builder put(EntityType<T> type, T entity) {
            Objects.requireNonNull(entity, "entity");
            operations.add(new Operation(type, type.idOf(entity), entity));
            return this;
        }

        /**
         * Removes the entity with this id; removing one that does not exist is rejected when the
         * edit is applied.
         *
         * @param type the entity's type; not null
         * @param id the entity's id; not null
         * @return this builder
         * @throws NullPointerException when type or id is null
         */
        public Builder remove(EntityType<?> type, String id) {
            operations.add(new Operation(type, id, null));
            return this;
        }

        /**
         * Records where the edit's values came from, for example "import of NOR-return.xlsx"; the
         * audit trail keeps it with the edit.
         *
         * @param source the source, or null for none (the default); a later call replaces it
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Builds the edit. The builder may be used on; what it adds later does not change the
         * edits it built.
         *
         * @return an edit with the label, the source and the operations added so far
         */
        public Edit build() {
            return new Edit(label, Optional.ofNullable(source), operations);
        }
    }
}

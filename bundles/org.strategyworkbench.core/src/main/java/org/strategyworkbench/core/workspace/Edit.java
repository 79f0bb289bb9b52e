package org.strategyworkbench.core.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command that changes the workspace: a label for the audit trail and undo menu, and the
 * entities it puts or removes. Applied all at once or not at all by {@link Workspace#apply}.
 *
 * <pre>{@code
 * workspace.apply(Edit.named("Move CSS-03 to decided").put(COMMITMENTS, decided).build());
 * }</pre>
 *
 * @since 1.0
 */
public final class Edit {

    /** One step of an edit: put an entity (add or replace), or remove one by id. */
    public record Operation(EntityType<?> type, String id, Object entity) {

        public Operation {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        /** Whether this step removes the entity. */
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

    /** Starts an edit with the label users see in the history and the undo menu. */
    public static Builder named(String label) {
        return new Builder(label);
    }

    public String label() {
        return label;
    }

    /** Where the edit came from when not typed by a user, for example an imported file. */
    public Optional<String> source() {
        return source;
    }

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

        /** Adds the entity, or replaces the one with the same id. */
        public <T> Builder put(EntityType<T> type, T entity) {
            Objects.requireNonNull(entity, "entity");
            operations.add(new Operation(type, type.idOf(entity), entity));
            return this;
        }

        /** Removes the entity with this id; removing one that does not exist is rejected. */
        public Builder remove(EntityType<?> type, String id) {
            operations.add(new Operation(type, id, null));
            return this;
        }

        /** Records where the edit's values came from, for example "import of NOR-return.xlsx". */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Edit build() {
            return new Edit(label, Optional.ofNullable(source), operations);
        }
    }
}

package org.strategyworkbench.core.problems;

import java.util.Objects;

/**
 * Something wrong or worth attention in the workspace.
 *
 * @param severity how serious it is
 * @param message what is wrong, in words staff can act on
 * @param entityType the type of the entity concerned, or empty
 * @param entityId the id of the entity concerned, or empty
 * @param field the field concerned, or empty
 * @since 1.0
 */
public record Problem(Severity severity, String message, String entityType, String entityId, String field) {

    /** How serious a problem is. */
    public enum Severity {
        /** Must be fixed: a broken reference, an invalid value. Blocks an edit that would cause it. */
        ERROR,
        /** Needs attention: a commitment stalling, a milestone late. */
        WARNING,
        /** Worth knowing. */
        INFO
    }

    /**
     * Creates a problem.
     *
     * @param severity how serious it is; not null
     * @param message what is wrong, in words staff can act on; not null
     * @param entityType the name of the entity's type, such as {@code "commitment"}; null is taken
     *        as empty
     * @param entityId the entity's id; null is taken as empty
     * @param field the name of the field concerned, such as {@code "dueDate"}; null is taken as
     *        empty
     * @throws NullPointerException when severity or message is null
     */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        entityType = entityType == null ? "" : entityType;
        entityId = entityId == null ? "" : entityId;
        field = field == null ? "" : field;
    }

    /**
     * An error about one field of an entity.
     *
     * @param entityType the name of the entity's type, such as {@code "commitment"}, or empty
     * @param entityId the entity's id, or empty
     * @param field the name of the field concerned, such as {@code "dueDate"}, or empty for the
     *        entity as a whole
     * @param message what is wrong, in words staff can act on; not null
     * @return a problem of severity {@link Severity#ERROR}
     */
    public static Problem error(String entityType, String entityId, String field, String message) {
        return new Problem(Severity.ERROR, message, entityType, entityId, field);
    }

    /**
     * A warning about an entity.
     *
     * @param entityType the name of the entity's type, such as {@code "commitment"}, or empty
     * @param entityId the entity's id, or empty
     * @param message what needs attention, in words staff can act on; not null
     * @return a problem of severity {@link Severity#WARNING} without a field
     */
    public static Problem warning(String entityType, String entityId, String message) {
        return new Problem(Severity.WARNING, message, entityType, entityId, "");
    }

    /**
     * The problem in one line, for logs and the console.
     *
     * @return the severity, the entity type, id and field (each left out when empty), a colon and
     *         the message, for example {@code "ERROR commitment CSS-07 dueDate: is required"}
     */
    public String describe() {
        StringBuilder text = new StringBuilder(severity.name());
        if (!entityType.isEmpty()) {
            text.append(' ').append(entityType);
        }
        if (!entityId.isEmpty()) {
            text.append(' ').append(entityId);
        }
        if (!field.isEmpty()) {
            text.append(' ').append(field);
        }
        return text.append(": ").append(message).toString();
    }
}

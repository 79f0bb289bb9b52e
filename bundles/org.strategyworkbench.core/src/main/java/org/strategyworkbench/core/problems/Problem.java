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

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        entityType = entityType == null ? "" : entityType;
        entityId = entityId == null ? "" : entityId;
        field = field == null ? "" : field;
    }

    /** An error about one field of an entity. */
    public static Problem error(String entityType, String entityId, String field, String message) {
        return new Problem(Severity.ERROR, message, entityType, entityId, field);
    }

    /** A warning about an entity. */
    public static Problem warning(String entityType, String entityId, String message) {
        return new Problem(Severity.WARNING, message, entityType, entityId, "");
    }

    /** One line: "ERROR commitment CSS-07 dueDate: ...". */
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

package org.strategyworkbench.actions;

/**
 * How far an action has come. The order of the constants is the order of progress:
 * {@link Engagement#leadingStatus()} takes the latest one, leaving cancelled actions out.
 *
 * @since 1.0
 */
public enum ActionStatus {
    /** Announced or planned, not started. */
    PLANNED,
    /** Under way. */
    IN_PROGRESS,
    /** Completed; evidence is expected, and its absence is reported as a warning. */
    DONE,
    /** Given up; does not count towards an ally's leading status. */
    CANCELLED
}
